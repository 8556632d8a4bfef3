import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Alert, Button, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { get } from '../api';
import { Foutmelding } from '../components/fouten';
import { Pagina } from '../components/pagina';
import { formulier, Tekstveld, tekst } from '../components/velden';
import { startpagina } from '../navigatie';
import { inloggen, sessieQuery } from '../sessie';

/** What the OIDC callback reports through `?fout=`. */
const oidcMeldingen: Record<string, string> = {
  onbekend:
    'Uw organisatie-account is niet gekoppeld aan een medewerker van Stadspunt. Neem contact op met functioneel beheer.',
  oidc: 'Inloggen met uw organisatie-account is mislukt. Probeer het opnieuw.',
};

export function Inloggen({ fout: oidcFout }: { fout?: string }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [fout, setFout] = useState<unknown>(null);
  const [bezig, setBezig] = useState(false);
  const opties = useQuery({
    queryKey: ['sessie-opties'],
    queryFn: () => get('/sessie/opties'),
  });

  async function verstuur(event: React.FormEvent<HTMLFormElement>) {
    const data = formulier(event);
    setBezig(true);
    try {
      await inloggen(client, tekst(data, 'gebruikersnaam'), String(data.get('wachtwoord') ?? ''));
      const sessie = client.getQueryData(sessieQuery.queryKey);
      await navigate({ to: sessie ? startpagina(sessie.medewerker) : '/' });
    } catch (error) {
      setFout(error);
      setBezig(false);
    }
  }

  return (
    <main id="inhoud" className="stadspunt-inloggen">
      <Pagina titel="Inloggen">
        <Paragraph>Stadspunt · Gemeente Voorbeeldstad</Paragraph>
        {oidcFout && oidcMeldingen[oidcFout] && (
          <Alert type="error" role="alert">
            <Paragraph>{oidcMeldingen[oidcFout]}</Paragraph>
          </Alert>
        )}
        <Foutmelding fout={fout} />
        <form onSubmit={verstuur} noValidate>
          <Tekstveld
            naam="gebruikersnaam"
            label="Gebruikersnaam"
            fout={fout}
            autoComplete="username"
            verplicht
          />
          <Tekstveld
            naam="wachtwoord"
            label="Wachtwoord"
            type="password"
            fout={fout}
            autoComplete="current-password"
            verplicht
          />
          <Button type="submit" appearance="primary-action-button" busy={bezig}>
            Inloggen
          </Button>
        </form>
        {opties.data?.oidc && (
          <Paragraph>
            <Link href="/api/v1/oidc/login">Inloggen met organisatie-account</Link>
          </Paragraph>
        )}
      </Pagina>
    </main>
  );
}
