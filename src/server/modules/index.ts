import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '../platform/auth/rollen';
import type { AppContext } from '../platform/context';
import type { AppEnv } from '../platform/http/env';
import { loadBrpTestset } from './basisregistratie/brp-testset';
import { loadHrDemo } from './basisregistratie/hr-demo';
import { basisregistratieRoutes } from './basisregistratie/routes';
import { seedProductTeams } from './catalogus/demo';
import { registreerProductNamen } from './catalogus/objectnamen';
import { catalogusRoutes } from './catalogus/routes';
import { loadUplProducten } from './catalogus/upl';
import { registerContactverzoekBerichten } from './contactverzoeken/berichten';
import { seedContactverzoeken } from './contactverzoeken/demo';
import { registreerContactverzoekNamen } from './contactverzoeken/objectnamen';
import { rapportageRoutes, registerRapportage } from './contactverzoeken/rapportage';
import { contactverzoekenRoutes } from './contactverzoeken/routes';
import { contactverzoekTijdlijn } from './contactverzoeken/tijdlijn';
import { seedKlantcontacten } from './klantcontacten/demo';
import { registreerKlantcontactNamen } from './klantcontacten/objectnamen';
import { klantcontactenRoutes } from './klantcontacten/routes';
import { klantcontactTijdlijn } from './klantcontacten/tijdlijn';
import { klantinteractiesRoutes } from './klantinteracties/routes';
import { registerWachtendeTaken } from './klantinteracties/wachtende-taken';
import { registerKto } from './kto/berichten';
import { seedKto } from './kto/demo';
import { ktoRoutes } from './kto/routes';
import { seedOrganisatie } from './organisatie/demo';
import { registerOrganisatieMails } from './organisatie/mails';
import { registreerOrganisatieNamen } from './organisatie/objectnamen';
import { organisatieRoutes } from './organisatie/routes';
import { seedPartijen } from './partijen/demo';
import { registreerPartijNamen } from './partijen/objectnamen';
import { partijenRoutes } from './partijen/routes';
import { registerTijdlijnBron } from './partijen/tijdlijn';
import { registerSturing } from './sturing/berichten';
import { werkSturingBij } from './sturing/operations/bijwerken';
import { sturingRoutes } from './sturing/routes';
import { werkplekRoutes } from './werkplek/routes';
import { seedZaaktypen } from './zaaktypen/demo';
import { loadZaaktypenReferentie } from './zaaktypen/referentie';
import { zaaktypenRoutes } from './zaaktypen/routes';
import { registerZaakBerichten, registerZaakBewaking } from './zaken/berichten';
import { seedZaken } from './zaken/demo';
import { documentenRoutes } from './zaken/documenten/routes';
import { zakenRoutes } from './zaken/routes';

/** A domain module: its routes, what it hooks into at start, and the data it brings. */
export interface Module {
  naam: string;
  routes?(app: OpenAPIHono<AppEnv>): void;
  setup?(ctx: AppContext): void;
  /** Reference data every installation needs, loaded into an empty database; safe to load again. */
  referentie?(ctx: AppContext, actor: Actor): Promise<unknown>;
  /** The demo municipality (accounts with a published password): never in production. */
  demo?(ctx: AppContext, actor: Actor): Promise<unknown>;
}

/** In dependency order: reference data and demo data load top to bottom, reference data first. */
export const modules: Module[] = [
  {
    naam: 'organisatie',
    routes: organisatieRoutes,
    setup: (ctx) => {
      registerOrganisatieMails(ctx);
      registreerOrganisatieNamen();
    },
    demo: seedOrganisatie,
  },
  {
    naam: 'basisregistratie',
    routes: basisregistratieRoutes,
    demo: async (ctx) => Promise.all([loadBrpTestset(ctx.db), loadHrDemo(ctx.db)]),
  },
  {
    naam: 'catalogus',
    routes: catalogusRoutes,
    setup: registreerProductNamen,
    referentie: (ctx) => loadUplProducten(ctx.db),
    demo: seedProductTeams,
  },
  {
    naam: 'zaaktypen',
    routes: zaaktypenRoutes,
    referentie: (ctx) => loadZaaktypenReferentie(ctx.db),
    demo: seedZaaktypen,
  },
  { naam: 'partijen', routes: partijenRoutes, setup: registreerPartijNamen, demo: seedPartijen },
  {
    naam: 'klantcontacten',
    routes: klantcontactenRoutes,
    setup: () => {
      registerTijdlijnBron(klantcontactTijdlijn);
      registreerKlantcontactNamen();
    },
    demo: seedKlantcontacten,
  },
  {
    naam: 'contactverzoeken',
    // Reports first: /contactverzoeken/dashboard must not be taken for /contactverzoeken/{id}.
    routes: (app) => {
      rapportageRoutes(app);
      contactverzoekenRoutes(app);
    },
    setup: (ctx) => {
      registerTijdlijnBron(contactverzoekTijdlijn);
      registerContactverzoekBerichten(ctx);
      registerRapportage(ctx);
      registreerContactverzoekNamen();
    },
    demo: seedContactverzoeken,
  },
  {
    naam: 'zaken',
    routes: (app) => {
      zakenRoutes(app);
      documentenRoutes(app);
    },
    setup: (ctx) => {
      registerZaakBerichten(ctx);
      registerZaakBewaking(ctx);
    },
    demo: seedZaken,
  },
  { naam: 'kto', routes: ktoRoutes, setup: registerKto, demo: seedKto },
  { naam: 'klantinteracties', routes: klantinteractiesRoutes, setup: registerWachtendeTaken },
  { naam: 'werkplek', routes: werkplekRoutes },
  {
    naam: 'sturing',
    routes: sturingRoutes,
    setup: registerSturing,
    // Last: the day counts of all the demo data before it.
    demo: (ctx) => werkSturingBij(ctx, { opnieuw: true }),
  },
];
