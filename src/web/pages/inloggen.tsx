import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { get } from '../api';
import { Foutmelding } from '../components/fouten';
import { Pagina } from '../components/pagina';
import { formulier, Tekstveld, tekst } from '../components/velden';
import { useInloggen } from '../sessie';

const meldingen: Record<string, string> = {
  onbekend:
    'Uw organisatie-account is niet gekoppeld aan een medewerker van Stadspunt. Neem contact op met functioneel beheer.',
  oidc: 'Inloggen met uw organisatie-account is mislukt. Probeer het opnieuw.',
};

export function Inloggen() {
  const inloggen = useInloggen();
  const [fout, setFout] = useState<unknown>(null);
  const [bezig, setBezig] = useState(false);
  const opties = useQuery({
    queryKey: ['sessie-opties'],
    queryFn: () => get<{ oidc: boolean }>('/sessie/opties'),
  });
  const oidcFout = new URLSearchParams(window.location.search).get('fout');

  async function verstuur(event: React.FormEvent<HTMLFormElement>) {
    const data = formulier(event);
    setBezig(true);
    try {
      await inloggen(tekst(data, 'gebruikersnaam'), String(data.get('wachtwoord') ?? ''));
      window.history.replaceState(null, '', '/');
    } catch (error) {
      setFout(error);
    } finally {
      setBezig(false);
    }
  }

  return (
    <Pagina titel="Inloggen">
      {oidcFout && meldingen[oidcFout] && (
        <Alert type="error" role="alert">
          <Paragraph>{meldingen[oidcFout]}</Paragraph>
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
  );
}
