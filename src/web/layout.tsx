import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import {
  Button,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { api } from './api';
import { AppLink } from './components/applink';
import { Pagina } from './components/pagina';
import { magNaar, navigatie } from './navigatie';
import { MeldingenTeller } from './pages/meldingen';
import { type Medewerker, useSessie, vergeetSessie } from './sessie';

function Kop({ medewerker }: { medewerker: Medewerker }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const uitloggen = async () => {
    await api('DELETE', '/sessie');
    vergeetSessie(client);
    await navigate({ to: '/inloggen' });
  };
  return (
    <header className="stadspunt-kop">
      <Paragraph className="stadspunt-merk">
        <strong>Stadspunt</strong> · Gemeente Voorbeeldstad
      </Paragraph>
      <div className="stadspunt-gebruiker">
        <Paragraph>
          Ingelogd als <strong>{medewerker.naam}</strong>
        </Paragraph>
        <MeldingenTeller />
        <AppLink naar="/wachtwoord">Wachtwoord wijzigen</AppLink>
        <Button appearance="secondary-action-button" onClick={uitloggen}>
          Uitloggen
        </Button>
      </div>
    </header>
  );
}

function GeenToegang() {
  return (
    <Pagina titel="Geen toegang">
      <Paragraph>Uw rol geeft geen toegang tot deze pagina. Kies een onderdeel uit het menu.</Paragraph>
    </Pagina>
  );
}

export function Layout() {
  const sessie = useSessie();
  const pad = useRouterState({ select: (s) => s.location.pathname });
  if (!sessie) return null;
  const { medewerker } = sessie;
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <Page>
        <PageHeader>
          <Kop medewerker={medewerker} />
          <nav aria-label="Hoofdmenu" className="stadspunt-menu">
            <ul>
              {navigatie(medewerker).map((n) => (
                <li key={n.pad}>
                  <AppLink naar={n.pad} huidig={pad === n.pad}>
                    {n.titel}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
        </PageHeader>
        <PageContent>
          <main id="inhoud">{magNaar(medewerker, pad) ? <Outlet /> : <GeenToegang />}</main>
        </PageContent>
        <PageFooter>
          <Paragraph>Stadspunt – open source (EUPL-1.2) · Gemeente Voorbeeldstad</Paragraph>
        </PageFooter>
      </Page>
    </>
  );
}
