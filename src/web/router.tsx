import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { WebPad } from '../server/platform/http/webpaden';
import { Layout } from './layout';
import { ApiTokens } from './pages/api-tokens';
import { Audit } from './pages/audit';
import { ContactverzoekPagina } from './pages/contactverzoeken/detail';
import { Werkvoorraad } from './pages/contactverzoeken/werkvoorraad';
import { leesZoek } from './pages/contactverzoeken/zoek';
import { Dashboard } from './pages/dashboard';
import { Home } from './pages/home';
import { Inloggen } from './pages/inloggen';
import { KtoPagina } from './pages/kto';
import { Mailbox, MailLezen } from './pages/mailbox';
import { Medewerkers } from './pages/medewerkers';
import { Meldingen } from './pages/meldingen';
import { NietGevonden } from './pages/niet-gevonden';
import { Producten } from './pages/producten';
import { Rapporten } from './pages/rapporten';
import { Servicenormen } from './pages/servicenormen';
import { Sluitingsdagen } from './pages/sluitingsdagen';
import { SturingPagina, type SturingZoek } from './pages/sturing';
import { Teams } from './pages/teams';
import { Wachtwoord } from './pages/wachtwoord';
import { leesWerkplekZoek, Werkplek } from './pages/werkplek';
import { ZaaktypePagina } from './pages/zaaktypen/detail';
import { Zaaktypen } from './pages/zaaktypen/index';
import { ZaakPagina } from './pages/zaken/detail';
import { ZakenWerkvoorraad } from './pages/zaken/werkvoorraad';
import { leesZakenZoek } from './pages/zaken/zoek';
import { sessieQuery } from './sessie';

const root = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet });

const inloggen = createRoute({
  getParentRoute: () => root,
  path: '/inloggen' satisfies WebPad,
  validateSearch: (search): { fout?: string } =>
    typeof search.fout === 'string' ? { fout: search.fout } : {},
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(sessieQuery)) throw redirect({ to: '/' });
  },
  component: function InloggenPagina() {
    return <Inloggen fout={inloggen.useSearch().fout} />;
  },
});

/** The KTO's public page: no login, whoever is logged in or not. */
const kto = createRoute({
  getParentRoute: () => root,
  path: '/kto/$token' satisfies WebPad,
  component: function Kto() {
    return <KtoPagina token={kto.useParams().token} />;
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
const pagina = <P extends WebPad>(path: P, component: () => React.JSX.Element) =>
  createRoute({ getParentRoute: () => shell, path, component });

const mail = createRoute({
  getParentRoute: () => shell,
  path: '/beheer/mailbox/$id' satisfies WebPad,
  component: function MailPagina() {
    return <MailLezen id={mail.useParams().id} />;
  },
});

const werkvoorraad = createRoute({
  getParentRoute: () => shell,
  path: '/werkvoorraad' satisfies WebPad,
  validateSearch: leesZoek,
  component: function WerkvoorraadPagina() {
    return <Werkvoorraad zoek={werkvoorraad.useSearch()} />;
  },
});

const dashboard = createRoute({
  getParentRoute: () => shell,
  path: '/dashboard' satisfies WebPad,
  validateSearch: (search): { teamId?: string } =>
    typeof search.teamId === 'string' && search.teamId ? { teamId: search.teamId } : {},
  component: function DashboardPagina() {
    return <Dashboard zoek={dashboard.useSearch()} />;
  },
});

const tekstUit = (waarde: unknown) => (typeof waarde === 'string' && waarde ? waarde : undefined);

const sturing = createRoute({
  getParentRoute: () => shell,
  path: '/sturing' satisfies WebPad,
  validateSearch: (search): SturingZoek =>
    Object.fromEntries(
      (['teamId', 'van', 'tot'] as const).flatMap((k) => (tekstUit(search[k]) ? [[k, search[k]]] : [])),
    ),
  component: function Sturing() {
    return <SturingPagina zoek={sturing.useSearch()} />;
  },
});

const werkplek = createRoute({
  getParentRoute: () => shell,
  path: '/werkplek' satisfies WebPad,
  validateSearch: leesWerkplekZoek,
  component: function WerkplekPagina() {
    return <Werkplek zoek={werkplek.useSearch()} />;
  },
});

const contactverzoek = createRoute({
  getParentRoute: () => shell,
  path: '/contactverzoeken/$id' satisfies WebPad,
  component: function ContactverzoekRoute() {
    const { id } = contactverzoek.useParams();
    return <ContactverzoekPagina key={id} id={id} />;
  },
});

const zaaktype = createRoute({
  getParentRoute: () => shell,
  path: '/beheer/zaaktypen/$id' satisfies WebPad,
  validateSearch: (search): { melding?: string } =>
    typeof search.melding === 'string' ? { melding: search.melding } : {},
  component: function ZaaktypeRoute() {
    const { id } = zaaktype.useParams();
    return <ZaaktypePagina key={id} id={id} melding={zaaktype.useSearch().melding} />;
  },
});

const zaken = createRoute({
  getParentRoute: () => shell,
  path: '/zaken' satisfies WebPad,
  validateSearch: leesZakenZoek,
  component: function ZakenPagina() {
    return <ZakenWerkvoorraad zoek={zaken.useSearch()} />;
  },
});

const zaak = createRoute({
  getParentRoute: () => shell,
  path: '/zaken/$id' satisfies WebPad,
  component: function ZaakRoute() {
    const { id } = zaak.useParams();
    return <ZaakPagina key={id} id={id} />;
  },
});

const routeTree = root.addChildren([
  inloggen,
  kto,
  shell.addChildren([
    pagina('/', Home),
    pagina('/wachtwoord', Wachtwoord),
    werkplek,
    werkvoorraad,
    contactverzoek,
    zaken,
    zaak,
    dashboard,
    sturing,
    pagina('/rapporten', Rapporten),
    pagina('/meldingen', Meldingen),
    pagina('/beheer/teams', Teams),
    pagina('/beheer/producten', Producten),
    pagina('/beheer/servicenormen', Servicenormen),
    pagina('/beheer/medewerkers', Medewerkers),
    pagina('/beheer/zaaktypen', Zaaktypen),
    zaaktype,
    pagina('/beheer/api-tokens', ApiTokens),
    pagina('/beheer/audit', Audit),
    pagina('/beheer/mailbox', Mailbox),
    mail,
    pagina('/beheer/sluitingsdagen', Sluitingsdagen),
    // Every other path: in the layout, with the menu.
    createRoute({ getParentRoute: () => shell, path: '$', component: NietGevonden }),
  ]),
]);

export const maakRouter = (queryClient: QueryClient) =>
  createRouter({
    routeTree,
    context: { queryClient },
    defaultNotFoundComponent: NietGevonden,
  });

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof maakRouter>;
  }
}
