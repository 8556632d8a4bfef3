import { useMutation, useQueryClient } from '@tanstack/react-query';
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
import { useState } from 'react';
import { api } from './api';
import { AppLink } from './components/applink';
import { Bevestiging } from './components/bevestiging';
import { Pagina } from './components/pagina';
import { magNaar, navigatie } from './navigatie';
import { MeldingenTeller } from './pages/meldingen';
import { type Medewerker, useSessie, vergeetSessie } from './sessie';

/** While the password is temporary the server refuses everything else, so the header offers nothing else. */
function Kop({ medewerker, tijdelijk }: { medewerker: Medewerker; tijdelijk: boolean }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [overalVragen, setOveralVragen] = useState(false);
  const naarInloggen = async () => {
    vergeetSessie(client);
    await navigate({ to: '/inloggen' });
  };
  const uitloggen = async () => {
    await api('DELETE', '/sessie');
    await naarInloggen();
  };
  const overal = useMutation({ mutationFn: () => api('DELETE', '/sessie/alle'), onSuccess: naarInloggen });
  return (
    // A div: the Page header around it is the page's one banner landmark.
    <div className="stadspunt-kop">
      <Paragraph className="stadspunt-merk">
        <strong>Stadspunt</strong> · Gemeente Voorbeeldstad
      </Paragraph>
      <div className="stadspunt-gebruiker">
        <Paragraph>
          Ingelogd als <strong>{medewerker.naam}</strong>
        </Paragraph>
        {!tijdelijk && <MeldingenTeller />}
        {!tijdelijk && <AppLink naar="/wachtwoord">Wachtwoord wijzigen</AppLink>}
        <Button appearance="secondary-action-button" onClick={uitloggen}>
          Uitloggen
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setOveralVragen(true)}>
          Log overal uit
        </Button>
      </div>
      {overalVragen && (
        <Bevestiging
          vraag="Log overal uit? U wordt uitgelogd op elk apparaat en in elke browser waar u bent ingelogd, ook hier."
          ja="Ja, log overal uit"
          onJa={() => overal.mutate()}
          onNee={() => setOveralVragen(false)}
          bezig={overal.isPending}
          fout={overal.error}
        />
      )}
    </div>
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
  const { medewerker, wachtwoordWijzigen } = sessie;
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <Page>
        <PageHeader>
          <Kop medewerker={medewerker} tijdelijk={wachtwoordWijzigen} />
          {!wachtwoordWijzigen && (
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
          )}
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
