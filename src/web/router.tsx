import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { Layout } from './layout';
import { Audit } from './pages/audit';
import { Home } from './pages/home';
import { Inloggen } from './pages/inloggen';
import { Mailbox, MailLezen } from './pages/mailbox';
import { Medewerkers } from './pages/medewerkers';
import { Sluitingsdagen } from './pages/sluitingsdagen';
import { Teams } from './pages/teams';
import { Wachtwoord } from './pages/wachtwoord';
import { Werkplek } from './pages/werkplek';
import { sessieQuery } from './sessie';

const root = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet });

const inloggen = createRoute({
  getParentRoute: () => root,
  path: '/inloggen',
  validateSearch: (search): { fout?: string } =>
    typeof search.fout === 'string' ? { fout: search.fout } : {},
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(sessieQuery)) throw redirect({ to: '/' });
  },
  component: function InloggenPagina() {
    return <Inloggen fout={inloggen.useSearch().fout} />;
  },
});

/** Everything behind the login; an employee with a temporary password first chooses an own one. */
const shell = createRoute({
  getParentRoute: () => root,
  id: 'shell',
  beforeLoad: async ({ context, location }) => {
    const sessie = await context.queryClient.ensureQueryData(sessieQuery);
    if (!sessie) throw redirect({ to: '/inloggen' });
    if (sessie.wachtwoordWijzigen && location.pathname !== '/wachtwoord')
      throw redirect({ to: '/wachtwoord' });
  },
  component: Layout,
});
const pagina = <P extends string>(path: P, component: () => React.JSX.Element) =>
  createRoute({ getParentRoute: () => shell, path, component });

const mail = createRoute({
  getParentRoute: () => shell,
  path: '/beheer/mailbox/$id',
  component: function MailPagina() {
    return <MailLezen id={mail.useParams().id} />;
  },
});

const routeTree = root.addChildren([
  inloggen,
  shell.addChildren([
    pagina('/', Home),
    pagina('/wachtwoord', Wachtwoord),
    pagina('/werkplek', Werkplek),
    pagina('/beheer/teams', Teams),
    pagina('/beheer/medewerkers', Medewerkers),
    pagina('/beheer/audit', Audit),
    pagina('/beheer/mailbox', Mailbox),
    mail,
    pagina('/beheer/sluitingsdagen', Sluitingsdagen),
  ]),
]);

export const maakRouter = (queryClient: QueryClient) =>
  createRouter({
    routeTree,
    context: { queryClient },
    defaultNotFoundComponent: () => <p>Deze pagina bestaat niet.</p>,
  });

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof maakRouter>;
  }
}
