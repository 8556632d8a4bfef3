import { Outlet, useRouterState } from '@tanstack/react-router';
import {
  Button,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
} from '@utrecht/component-library-react';
import { AppLink } from './components/applink';
import { navigatie } from './navigatie';
import { useMedewerker, useUitloggen } from './sessie';

export function Layout() {
  const medewerker = useMedewerker();
  const uitloggen = useUitloggen();
  const pad = useRouterState({ select: (s) => s.location.pathname });
  return (
    <>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        Naar de inhoud
      </a>
      <Page>
        <PageHeader>
          <header className="stadspunt-kop">
            <Paragraph className="stadspunt-merk">
              <strong>Stadspunt</strong> · Gemeente Voorbeeldstad
            </Paragraph>
            <div className="stadspunt-gebruiker">
              <Paragraph>{medewerker.naam}</Paragraph>
              <Button
                appearance="secondary-action-button"
                onClick={() => uitloggen().then(() => window.history.replaceState(null, '', '/inloggen'))}
              >
                Uitloggen
              </Button>
            </div>
          </header>
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
          <main id="inhoud">
            <Outlet />
          </main>
        </PageContent>
        <PageFooter>
          <Paragraph>Stadspunt – open source (EUPL-1.2) · Gemeente Voorbeeldstad</Paragraph>
        </PageFooter>
      </Page>
    </>
  );
}
