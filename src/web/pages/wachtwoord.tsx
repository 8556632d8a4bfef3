import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { ApiFout, api } from '../api';
import { Foutmelding } from '../components/fouten';
import { Pagina } from '../components/pagina';
import { formulier, Tekstveld } from '../components/velden';
import { sessieQuery, useSessie } from '../sessie';

/** Choosing an own password; required after a new account or a reset, which leave a temporary one. */
export function Wachtwoord() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const verplicht = useSessie()?.wachtwoordWijzigen;
  const wijzigen = useMutation({
    mutationFn: async (data: FormData) => {
      const [huidig, nieuw, herhaal] = ['huidig', 'nieuw', 'herhaal'].map((v) => String(data.get(v) ?? ''));
      if (nieuw !== herhaal) {
        throw new ApiFout(400, 'De invoer is niet geldig.', [
          { veld: 'herhaal', melding: 'De twee nieuwe wachtwoorden zijn niet gelijk.' },
        ]);
      }
      await api('PUT', '/sessie/wachtwoord', { body: { huidig, nieuw } });
    },
    onSuccess: () => {
      client.setQueryData(sessieQuery.queryKey, (s) => (s ? { ...s, wachtwoordWijzigen: false } : s));
      navigate({ to: '/' });
    },
  });
  const fout = wijzigen.error;
  return (
    <Pagina titel="Wachtwoord wijzigen">
      {verplicht && (
        <Alert type="info">
          <Paragraph>
            U bent ingelogd met een tijdelijk wachtwoord. Kies eerst een eigen wachtwoord.
          </Paragraph>
        </Alert>
      )}
      <Paragraph>
        Met een nieuw wachtwoord wordt u uitgelogd op uw andere apparaten; hier blijft u ingelogd.
      </Paragraph>
      <Foutmelding fout={fout} />
      <form onSubmit={(e) => wijzigen.mutate(formulier(e))} noValidate>
        <Tekstveld
          naam="huidig"
          label={verplicht ? 'Tijdelijk wachtwoord' : 'Huidig wachtwoord'}
          type="password"
          fout={fout}
          autoComplete="current-password"
          verplicht
        />
        <Tekstveld
          naam="nieuw"
          label="Nieuw wachtwoord"
          type="password"
          beschrijving="Minstens 12 tekens."
          fout={fout}
          autoComplete="new-password"
          verplicht
        />
        <Tekstveld
          naam="herhaal"
          label="Herhaal het nieuwe wachtwoord"
          type="password"
          fout={fout}
          autoComplete="new-password"
          verplicht
        />
        <Button type="submit" appearance="primary-action-button" busy={wijzigen.isPending}>
          Wachtwoord opslaan
        </Button>
      </form>
    </Pagina>
  );
}
