import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { Layout } from './layout';
import { Audit } from './pages/audit';
import { Home } from './pages/home';
import { Mailbox, MailLezen } from './pages/mailbox';
import { Medewerkers } from './pages/medewerkers';
import { Sluitingsdagen } from './pages/sluitingsdagen';
import { Teams } from './pages/teams';
import { Werkplek } from './pages/werkplek';

const root = createRootRoute({ component: Outlet });
const shell = createRoute({ getParentRoute: () => root, id: 'shell', component: Layout });
const pagina = (path: string, component: () => React.JSX.Element) =>
  createRoute({ getParentRoute: () => shell, path, component });

const mail = createRoute({
  getParentRoute: () => shell,
  path: '/beheer/mailbox/$id',
  component: function MailPagina() {
    const { id } = mail.useParams();
    return <MailLezen id={id} />;
  },
});

const routeTree = root.addChildren([
  shell.addChildren([
    pagina('/', Home),
    pagina('/werkplek', Werkplek),
    pagina('/beheer/teams', Teams),
    pagina('/beheer/medewerkers', Medewerkers),
    pagina('/beheer/audit', Audit),
    pagina('/beheer/mailbox', Mailbox),
    mail,
    pagina('/beheer/sluitingsdagen', Sluitingsdagen),
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultNotFoundComponent: () => <p>Deze pagina bestaat niet.</p>,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
