import { useRouterState } from '@tanstack/react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../components/applink';
import { Pagina } from '../components/pagina';

/** Any path the app has no page for; the server answers it with status 404. */
export function NietGevonden() {
  const pad = useRouterState({ select: (s) => s.location.pathname });
  return (
    <Pagina titel="Pagina niet gevonden">
      <Paragraph>
        De pagina <code>{pad}</code> bestaat niet (meer). Misschien is de link verouderd of zit er een
        typefout in het adres.
      </Paragraph>
      <Paragraph>
        Kies een onderdeel uit het menu of ga naar <AppLink naar="/">de startpagina</AppLink>.
      </Paragraph>
    </Pagina>
  );
}
