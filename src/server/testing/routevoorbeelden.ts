import { sql } from 'drizzle-orm';
import { createContactverzoek } from '../modules/contactverzoeken/operations/create-contactverzoek';
import { maakRapport } from '../modules/contactverzoeken/rapportage/rapport';
import { registerKlantcontact } from '../modules/klantcontacten/operations/register-klantcontact';
import { DEMO_WACHTWOORD } from '../modules/organisatie/demo';
import { openOrganisatie, openPersoon } from '../modules/partijen/operations/open-partij';
import { beginLopendContact } from '../modules/werkplek/operations/begin-lopend-contact';
import type { LopendContactInhoud } from '../modules/werkplek/schemas';
import { createZaaktype } from '../modules/zaaktypen/operations/create-zaaktype';
import { publiceerZaaktype } from '../modules/zaaktypen/operations/publiceer-zaaktype';
import { zetResultaattypen } from '../modules/zaaktypen/operations/zet-resultaattypen';
import { zetRoltypen } from '../modules/zaaktypen/operations/zet-roltypen';
import { zetStatustypen } from '../modules/zaaktypen/operations/zet-statustypen';
import { voegDocumentToe } from '../modules/zaken/documenten/operations/toevoegen';
import { maakZaak } from '../modules/zaken/operations/aanmaken';
import { createApiToken } from '../platform/auth/api-tokens/create-api-token';
import { actorVanMedewerker } from '../platform/auth/authenticate';
import { systeemActor } from '../platform/auth/rollen';
import { rijen } from '../platform/db/client';
import { meld } from '../platform/meldingen/meldingen';
import type { TestOmgeving } from './harness';
import { ktoUitnodigingVoor } from './kto';
import { testZaaktype } from './zaaktypen';

/**
 * An example request for every route of the internal API, made afresh per call for the
 * relation asked: the object in the caller's team (eigen), in another team (ander), for a
 * caller without a team (geen, the object in team A), the whole organisation, or none (nvt).
 * The authorization matrix and the BSN scan walk the routes with these.
 */
export type Relatie = 'eigen' | 'ander' | 'geen' | 'organisatie' | 'nvt';

export interface Verzoek {
  url: string;
  body?: unknown;
}
export interface Omgeving {
  env: TestOmgeving;
  teams: { A: string; B: string; KCC: string };
}
/** An example request per route: made afresh for every cell, for the relation asked. */
export type Voorbeeld = {
  relaties?: readonly Relatie[];
  /** Reading changes nothing: one request per relation serves every actor. */
  vast?: boolean;
  /** Ends the caller's session: asked in a session of its own. */
  eigenSessie?: boolean;
  maak: (o: Omgeving, r: Relatie, wie: { id?: string }) => Promise<Verzoek> | Verzoek;
};

const SYSTEEM = systeemActor('Matrixtest', 'matrix');
/** Objects are in team A; for 'other team' in team B. */
const teamVan = (o: Omgeving, r: Relatie): string => (r === 'ander' ? o.teams.B : o.teams.A);
const TEAM: Relatie[] = ['eigen', 'ander', 'geen'];
const TEAM_EN_ORGANISATIE: Relatie[] = [...TEAM, 'organisatie'];
/** A read of one team's figures, or of the organisation's without a team. */
const teamOfOrganisatie = (pad: string): Voorbeeld => ({
  relaties: TEAM_EN_ORGANISATIE,
  maak: (o, r) => ({ url: `${pad}${r === 'organisatie' ? '' : `?teamId=${teamVan(o, r)}`}` }),
});

async function contactverzoek(o: Omgeving, r: Relatie) {
  const cv = await createContactverzoek(o.env.runtime, SYSTEEM, {
    teamId: teamVan(o, r),
    onderwerp: 'Matrix',
    vraag: 'Mag dit?',
    telefoon: '0612345678',
    voorkeurstijd: 'geen',
    urgent: false,
  });
  return cv.id;
}
/** The product of the examples: Paspoort. */
const product = (o: Omgeving) =>
  rijWaarde<string>(o, sql`select id as v from product where upl_naam = 'paspoort'`);
async function rijWaarde<T>(o: Omgeving, query: ReturnType<typeof sql>): Promise<T> {
  const [rij] = await rijen<{ v: T }>(o.env.runtime.db, query);
  return rij.v;
}
let teller = 0;
export const uniek = () => `${Date.now().toString(36)}${(teller++).toString(36)}`;

async function concept(o: Omgeving, r: Relatie, w: { id?: string }) {
  const maker =
    r === 'eigen' && w.id
      ? w.id
      : await rijWaarde<string>(o, sql`select id as v from medewerker where gebruikersnaam = 'kcc'`);
  const actor = await actorVanMedewerker(o.env.runtime.db, maker, { requestId: 'matrix' });
  const kc = await registerKlantcontact(o.env.runtime, actor ?? SYSTEEM, {
    kanaal: 'telefoon',
    partijId: null,
    status: 'concept',
    vragen: [],
  });
  return kc;
}

const legeInhoud: LopendContactInhoud = { kanaal: 'telefoon', concept: null, vragen: [] };

/** A running contact of the caller (eigen) or of the demo agent kcc (ander). */
async function lopendContact(o: Omgeving, r: Relatie, w: { id?: string }) {
  const van =
    r === 'eigen' && w.id
      ? w.id
      : await rijWaarde<string>(o, sql`select id as v from medewerker where gebruikersnaam = 'kcc'`);
  const actor = await actorVanMedewerker(o.env.runtime.db, van, { requestId: 'matrix' });
  const rij = await beginLopendContact(o.env.runtime, actor ?? SYSTEEM, {
    partijId: null,
    inhoud: legeInhoud,
  });
  return `/api/v1/lopende-contacten/${rij.id}`;
}

const rapport = async (o: Omgeving, r: Relatie) =>
  (await maakRapport(
    o.env.runtime,
    SYSTEEM,
    { soort: 'week', teamId: r === 'organisatie' ? null : teamVan(o, r), van: undefined },
    true,
  )) as string;

const cvActie = (pad: string, body: (o: Omgeving) => unknown): Voorbeeld => ({
  relaties: TEAM,
  maak: async (o, r) => ({
    url: `/api/v1/contactverzoeken/${await contactverzoek(o, r)}/${pad}`,
    body: body(o),
  }),
});

const zaaktypen = new WeakMap<TestOmgeving, Map<string, ReturnType<typeof testZaaktype>>>();
/** One published zaaktype per team per environment, made on first use. */
function zaaktypeVan(o: Omgeving, teamId: string) {
  const perTeam = zaaktypen.get(o.env) ?? new Map();
  zaaktypen.set(o.env, perTeam);
  if (!perTeam.has(teamId)) perTeam.set(teamId, testZaaktype(o.env.runtime.db, teamId));
  return perTeam.get(teamId) as ReturnType<typeof testZaaktype>;
}

async function zaak(o: Omgeving, r: Relatie) {
  const teamId = teamVan(o, r);
  const zt = await zaaktypeVan(o, teamId);
  const z = await maakZaak(o.env.runtime, SYSTEEM, { zaaktypeId: zt.id, omschrijving: 'Matrix', teamId });
  return { id: z.id, zt };
}

const zaakActie = (
  pad: string,
  body: (zt: Awaited<ReturnType<typeof testZaaktype>>) => unknown,
): Voorbeeld => ({
  relaties: TEAM,
  maak: async (o, r) => {
    const z = await zaak(o, r);
    return { url: `/api/v1/zaken/${z.id}/${pad}`, body: body(z.zt) };
  },
});

/** A fresh concept zaaktype; with `compleet` it has what publishing needs. */
async function zaaktypeConcept(o: Omgeving, compleet = false) {
  const ctx = o.env.runtime;
  let zt = await createZaaktype(ctx, SYSTEEM, {
    identificatie: `matrix-${uniek()}`,
    omschrijving: 'Matrix',
    doorlooptijd: 'P6W',
    beginGeldigheid: '2026-01-01',
  });
  if (!compleet) return zt;
  const selectielijstklasse = await rijWaarde<string>(
    o,
    sql`select url as v from selectielijst_resultaat limit 1`,
  );
  zt = await zetStatustypen(ctx, SYSTEEM, zt.id, {
    versie: zt.versie,
    items: [{ omschrijving: 'Begin' }, { omschrijving: 'Eind' }],
  });
  zt = await zetResultaattypen(ctx, SYSTEEM, zt.id, {
    versie: zt.versie,
    items: [{ omschrijving: 'Klaar', selectielijstklasse, archiefnominatie: 'blijvend_bewaren' }],
  });
  return zetRoltypen(ctx, SYSTEEM, zt.id, {
    versie: zt.versie,
    items: [{ omschrijving: 'Initiator', omschrijvingGeneriek: 'initiator' }],
  });
}
const zaaktypeGepubliceerd = async (o: Omgeving) => {
  const zt = await zaaktypeConcept(o, true);
  return publiceerZaaktype(o.env.runtime, SYSTEEM, zt.id, zt.versie);
};
const zaaktypeOnderdeel = (onderdeel: string): Voorbeeld => ({
  maak: async (o) => {
    const zt = await zaaktypeConcept(o);
    return { url: `/api/v1/zaaktypen/${zt.id}/${onderdeel}`, body: { versie: zt.versie, items: [] } };
  },
});

const pdf = () => new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], 'matrix.pdf');
const pdfFormulier = () => {
  const f = new FormData();
  f.set('bestand', pdf());
  return f;
};

/** A zaak with one document, added by an employee of its team. */
async function zaakMetDocument(o: Omgeving, r: Relatie) {
  const z = await zaak(o, r);
  const backoffice = await rijWaarde<string>(
    o,
    sql`select id as v from medewerker where gebruikersnaam = 'keyuser'`,
  );
  const actor = await actorVanMedewerker(o.env.runtime.db, backoffice, { requestId: 'matrix' });
  const d = await voegDocumentToe(o.env.runtime, actor ?? SYSTEEM, z.id, { bestand: pdf() });
  return `/api/v1/zaken/${z.id}/documenten/${d.id}`;
}
const documentActie = (pad: string, body?: () => unknown): Voorbeeld => ({
  relaties: TEAM,
  maak: async (o, r) => ({ url: `${await zaakMetDocument(o, r)}/${pad}`, body: body?.() }),
});

const partij = (o: Omgeving) => openPersoon(o.env.runtime, SYSTEEM, { bsn: '999993653' });

const ktoLink = async (o: Omgeving) =>
  `/api/v1/kto/${await ktoUitnodigingVoor(o.env.runtime.db, await partij(o), o.teams.A)}`;

export const voorbeelden: Record<string, Voorbeeld> = {
  'POST /api/v1/sessie': {
    maak: () => ({
      url: '/api/v1/sessie',
      body: { gebruikersnaam: 'redacteur', wachtwoord: DEMO_WACHTWOORD },
    }),
  },
  'GET /api/v1/sessie': { maak: () => ({ url: '/api/v1/sessie' }) },
  'DELETE /api/v1/sessie': { eigenSessie: true, maak: () => ({ url: '/api/v1/sessie' }) },
  'DELETE /api/v1/sessie/alle': { eigenSessie: true, maak: () => ({ url: '/api/v1/sessie/alle' }) },
  'GET /api/v1/sessie/rechten': { maak: () => ({ url: '/api/v1/sessie/rechten' }) },
  'GET /api/v1/sessie/opties': { maak: () => ({ url: '/api/v1/sessie/opties' }) },
  'PUT /api/v1/sessie/wachtwoord': {
    // The same password again: refused as a field error (400), which is past the rule.
    maak: () => ({
      url: '/api/v1/sessie/wachtwoord',
      body: { huidig: 'route-rol-wachtwoord', nieuw: 'route-rol-wachtwoord' },
    }),
  },
  'GET /api/v1/oidc/login': { maak: () => ({ url: '/api/v1/oidc/login' }) },
  'GET /api/v1/oidc/callback': { maak: () => ({ url: '/api/v1/oidc/callback?state=x&code=y' }) },
  'GET /api/v1/kalender/termijn': {
    maak: () => ({ url: '/api/v1/kalender/termijn?start=2026-12-01T10:00:00%2B01:00&werkdagen=2' }),
  },
  'GET /api/v1/kalender/feestdagen': { maak: () => ({ url: '/api/v1/kalender/feestdagen?jaar=2026' }) },
  'GET /api/v1/kalender/sluitingsdagen': { maak: () => ({ url: '/api/v1/kalender/sluitingsdagen' }) },
  'POST /api/v1/kalender/sluitingsdagen': {
    maak: () => ({
      url: '/api/v1/kalender/sluitingsdagen',
      body: { datum: '2027-12-24', omschrijving: 'Matrix' },
    }),
  },
  'DELETE /api/v1/kalender/sluitingsdagen/{id}': {
    maak: async (o) => {
      const id = await rijWaarde<string>(
        o,
        sql`insert into sluitingsdag (datum, omschrijving) values (date '2030-01-01' + ${teller++}::int, 'Matrix') returning id as v`,
      );
      return { url: `/api/v1/kalender/sluitingsdagen/${id}` };
    },
  },
  'GET /api/v1/api-tokens': { maak: () => ({ url: '/api/v1/api-tokens' }) },
  'POST /api/v1/api-tokens': {
    maak: () => ({ url: '/api/v1/api-tokens', body: { naam: `matrix-${uniek()}`, scopes: ['lezen'] } }),
  },
  'POST /api/v1/api-tokens/{id}/intrekken': {
    maak: async (o) => {
      const { id } = await createApiToken(o.env.runtime, SYSTEEM, {
        naam: `matrix-${uniek()}`,
        scopes: ['lezen'],
      });
      return { url: `/api/v1/api-tokens/${id}/intrekken`, body: {} };
    },
  },
  'GET /api/v1/audit': { maak: () => ({ url: '/api/v1/audit' }) },
  'GET /api/v1/audit/export': { maak: () => ({ url: '/api/v1/audit/export?actie=team.aangemaakt' }) },
  'GET /api/v1/mails': { maak: () => ({ url: '/api/v1/mails' }) },
  'GET /api/v1/mails/{id}': {
    vast: true,
    maak: async (o) => {
      await o.env.runtime.mailer.verstuur({
        sleutel: 'matrix',
        aan: 'matrix@voorbeeldstad.nl',
        onderwerp: 'Matrix',
        tekst: 'x',
      });
      return {
        url: `/api/v1/mails/${await rijWaarde<string>(o, sql`select id as v from mail where sleutel = 'matrix'`)}`,
      };
    },
  },
  'GET /api/v1/meldingen': { maak: () => ({ url: '/api/v1/meldingen' }) },
  'POST /api/v1/meldingen/{id}/gelezen': {
    relaties: ['eigen', 'ander'],
    maak: async (o, r, w) => {
      const eigenaar =
        r === 'eigen' && w.id
          ? w.id
          : await rijWaarde<string>(o, sql`select id as v from medewerker where gebruikersnaam = 'kcc'`);
      const sleutel = `matrix-${uniek()}`;
      await meld(o.env.runtime.db, { medewerkerId: eigenaar, sleutel, titel: 'Matrix' });
      return {
        url: `/api/v1/meldingen/${await rijWaarde<string>(o, sql`select id as v from melding where sleutel = ${sleutel}`)}/gelezen`,
        body: {},
      };
    },
  },
  'GET /api/v1/rollen': { maak: () => ({ url: '/api/v1/rollen' }) },
  'GET /api/v1/teams': { maak: () => ({ url: '/api/v1/teams' }) },
  'GET /api/v1/teams/{id}': { maak: (o) => ({ url: `/api/v1/teams/${o.teams.A}` }) },
  'POST /api/v1/teams': { maak: () => ({ url: '/api/v1/teams', body: { naam: `Matrix ${uniek()}` } }) },
  'PATCH /api/v1/teams/{id}': {
    maak: async (o) => ({
      url: `/api/v1/teams/${o.teams.A}`,
      body: {
        versie: await rijWaarde<number>(o, sql`select versie as v from team where id = ${o.teams.A}`),
        omschrijving: 'Matrix',
      },
    }),
  },
  'PUT /api/v1/teams/{id}/leden/{medewerkerId}': {
    maak: async (o) => ({
      url: `/api/v1/teams/${o.teams.A}/leden/${await rijWaarde<string>(o, sql`select id as v from medewerker where gebruikersnaam = 'redacteur'`)}`,
      body: { keyUser: false },
    }),
  },
  'DELETE /api/v1/teams/{id}/leden/{medewerkerId}': {
    maak: async (o) => {
      const id = await rijWaarde<string>(
        o,
        sql`select id as v from medewerker where gebruikersnaam = 'redacteur'`,
      );
      await o.env.runtime.db.execute(
        sql`insert into teamlidmaatschap (team_id, medewerker_id) values (${o.teams.A}, ${id}) on conflict do nothing`,
      );
      return { url: `/api/v1/teams/${o.teams.A}/leden/${id}` };
    },
  },
  'GET /api/v1/medewerkers': { maak: () => ({ url: '/api/v1/medewerkers' }) },
  'GET /api/v1/medewerkers/{id}': {
    maak: async (o) => ({
      url: `/api/v1/medewerkers/${await rijWaarde<string>(o, sql`select id as v from medewerker where gebruikersnaam = 'kcc'`)}`,
    }),
  },
  'POST /api/v1/medewerkers': {
    maak: () => {
      const naam = `matrix-${uniek()}`;
      return {
        url: '/api/v1/medewerkers',
        body: {
          naam: 'Matrix',
          gebruikersnaam: naam,
          email: `${naam}@voorbeeldstad.nl`,
          rollen: ['redacteur'],
          teamIds: [],
          wachtwoord: 'matrix-wachtwoord-1',
        },
      };
    },
  },
  'PATCH /api/v1/medewerkers/{id}': {
    maak: async (o) => {
      const id = await rijWaarde<string>(
        o,
        sql`select id as v from medewerker where gebruikersnaam = 'verbetermanager'`,
      );
      return {
        url: `/api/v1/medewerkers/${id}`,
        body: {
          versie: await rijWaarde<number>(o, sql`select versie as v from medewerker where id = ${id}`),
          naam: 'Mehmet Yılmaz',
        },
      };
    },
  },
  'POST /api/v1/medewerkers/{id}/wachtwoord-reset': {
    maak: async (o) => ({
      url: `/api/v1/medewerkers/${await rijWaarde<string>(o, sql`select id as v from medewerker where gebruikersnaam = 'verbetermanager'`)}/wachtwoord-reset`,
      body: {},
    }),
  },
  'GET /api/v1/zaaktypen': { maak: () => ({ url: '/api/v1/zaaktypen?q=parkeer&status=gepubliceerd' }) },
  'GET /api/v1/zaaktypen/{id}': {
    vast: true,
    maak: async (o) => ({ url: `/api/v1/zaaktypen/${(await zaaktypeGepubliceerd(o)).id}` }),
  },
  'POST /api/v1/zaaktypen': {
    maak: () => ({
      url: '/api/v1/zaaktypen',
      body: { identificatie: `matrix-${uniek()}`, omschrijving: 'Matrix', doorlooptijd: 'P6W' },
    }),
  },
  'PATCH /api/v1/zaaktypen/{id}': {
    maak: async (o) => {
      const zt = await zaaktypeConcept(o);
      return { url: `/api/v1/zaaktypen/${zt.id}`, body: { versie: zt.versie, doel: 'Matrix' } };
    },
  },
  'DELETE /api/v1/zaaktypen/{id}': {
    maak: async (o) => ({ url: `/api/v1/zaaktypen/${(await zaaktypeConcept(o)).id}` }),
  },
  'POST /api/v1/zaaktypen/{id}/publiceren': {
    maak: async (o) => {
      const zt = await zaaktypeConcept(o, true);
      return { url: `/api/v1/zaaktypen/${zt.id}/publiceren`, body: { versie: zt.versie } };
    },
  },
  'POST /api/v1/zaaktypen/{id}/nieuwe-versie': {
    maak: async (o) => {
      const zt = await zaaktypeGepubliceerd(o);
      return { url: `/api/v1/zaaktypen/${zt.id}/nieuwe-versie`, body: { versie: zt.versie } };
    },
  },
  'PUT /api/v1/zaaktypen/{id}/statustypen': zaaktypeOnderdeel('statustypen'),
  'PUT /api/v1/zaaktypen/{id}/resultaattypen': zaaktypeOnderdeel('resultaattypen'),
  'PUT /api/v1/zaaktypen/{id}/roltypen': zaaktypeOnderdeel('roltypen'),
  'PUT /api/v1/zaaktypen/{id}/eigenschappen': zaaktypeOnderdeel('eigenschappen'),
  'PUT /api/v1/zaaktypen/{id}/informatieobjecttypen': zaaktypeOnderdeel('informatieobjecttypen'),
  'PUT /api/v1/zaaktypen/{id}/besluittypen': zaaktypeOnderdeel('besluittypen'),
  'GET /api/v1/selectielijst/procestypen': { maak: () => ({ url: '/api/v1/selectielijst/procestypen' }) },
  'GET /api/v1/selectielijst/resultaten': { maak: () => ({ url: '/api/v1/selectielijst/resultaten' }) },
  'GET /api/v1/producten': { maak: () => ({ url: '/api/v1/producten?q=paspoort' }) },
  'GET /api/v1/catalogus/producten': { maak: () => ({ url: '/api/v1/catalogus/producten?q=paspoort' }) },
  'GET /api/v1/catalogus/producten/{id}': {
    maak: async (o) => ({ url: `/api/v1/catalogus/producten/${await product(o)}` }),
  },
  'PATCH /api/v1/catalogus/producten/{id}': {
    maak: async (o) => ({
      url: `/api/v1/catalogus/producten/${await product(o)}`,
      body: { teamId: o.teams.A },
    }),
  },
  'GET /api/v1/basisregistratie/personen/{bsn}': {
    maak: () => ({ url: '/api/v1/basisregistratie/personen/999993653' }),
  },
  'GET /api/v1/partijen/zoeken': { maak: () => ({ url: '/api/v1/partijen/zoeken?q=Moulin' }) },
  'POST /api/v1/partijen/personen': {
    maak: () => ({ url: '/api/v1/partijen/personen', body: { bsn: '999993653' } }),
  },
  'POST /api/v1/partijen/organisaties': {
    maak: async (o) => ({
      url: '/api/v1/partijen/organisaties',
      body: {
        vestigingsnummer: await rijWaarde<string>(
          o,
          sql`select vestigingsnummer as v from hr_vestiging limit 1`,
        ),
      },
    }),
  },
  'GET /api/v1/partijen/{id}': {
    vast: true,
    maak: async (o) => ({ url: `/api/v1/partijen/${await partij(o)}` }),
  },
  'POST /api/v1/partijen/{id}/bsn-inzage': {
    maak: async (o) => ({
      url: `/api/v1/partijen/${await partij(o)}/bsn-inzage`,
      body: { reden: 'Matrixtest' },
    }),
  },
  'PUT /api/v1/partijen/{id}/contactgegevens': {
    maak: async (o) => {
      const id = await partij(o);
      const versie = await rijWaarde<number>(o, sql`select versie as v from partij where id = ${id}`);
      return {
        url: `/api/v1/partijen/${id}/contactgegevens`,
        body: { versie, telefoonnummers: [], emailadressen: [] },
      };
    },
  },
  'POST /api/v1/partijen/{id}/contactpersonen': {
    maak: async (o) => {
      const vestigingsnummer = await rijWaarde<string>(
        o,
        sql`select vestigingsnummer as v from hr_vestiging limit 1`,
      );
      const id = await openOrganisatie(o.env.runtime, SYSTEEM, vestigingsnummer);
      return { url: `/api/v1/partijen/${id}/contactpersonen`, body: { naam: 'Matrix Contact' } };
    },
  },
  'GET /api/v1/partijen/{id}/tijdlijn': {
    vast: true,
    maak: async (o) => ({ url: `/api/v1/partijen/${await partij(o)}/tijdlijn` }),
  },
  'POST /api/v1/klantcontacten': {
    maak: () => ({
      url: '/api/v1/klantcontacten',
      body: {
        kanaal: 'telefoon',
        partijId: null,
        vragen: [{ onderwerp: 'Matrix', vraag: '?', uitkomst: 'afgehandeld' }],
      },
    }),
  },
  'GET /api/v1/klantcontacten/{id}': {
    vast: true,
    maak: async (o, r, w) => ({ url: `/api/v1/klantcontacten/${(await concept(o, r, w)).id}` }),
  },
  'PATCH /api/v1/klantcontacten/{id}': {
    relaties: ['eigen', 'ander'],
    maak: async (o, r, w) => {
      const kc = await concept(o, r, w);
      return { url: `/api/v1/klantcontacten/${kc.id}`, body: { versie: kc.versie, kanaal: 'balie' } };
    },
  },
  'GET /api/v1/klantcontacten/concepten': { maak: () => ({ url: '/api/v1/klantcontacten/concepten' }) },
  'GET /api/v1/klantcontacten/veelgevraagd': { maak: () => ({ url: '/api/v1/klantcontacten/veelgevraagd' }) },
  'POST /api/v1/lopende-contacten': {
    maak: () => ({ url: '/api/v1/lopende-contacten', body: { partijId: null, inhoud: legeInhoud } }),
  },
  'GET /api/v1/lopende-contacten/{id}': {
    relaties: ['eigen', 'ander'],
    maak: async (o, r, w) => ({ url: await lopendContact(o, r, w) }),
  },
  'PUT /api/v1/lopende-contacten/{id}': {
    relaties: ['eigen', 'ander'],
    maak: async (o, r, w) => ({
      url: await lopendContact(o, r, w),
      body: { inhoud: { ...legeInhoud, kanaal: 'balie' } },
    }),
  },
  'DELETE /api/v1/lopende-contacten/{id}': {
    relaties: ['eigen', 'ander'],
    maak: async (o, r, w) => ({ url: await lopendContact(o, r, w) }),
  },
  'GET /api/v1/contactverzoeken': {
    relaties: [...TEAM, 'nvt'],
    maak: (o, r) => ({
      url: r === 'nvt' ? '/api/v1/contactverzoeken' : `/api/v1/contactverzoeken?teamId=${teamVan(o, r)}`,
    }),
  },
  'POST /api/v1/contactverzoeken': {
    maak: (o) => ({
      url: '/api/v1/contactverzoeken',
      body: { teamId: o.teams.B, onderwerp: 'Matrix', vraag: '?', telefoon: '0612345678' },
    }),
  },
  'GET /api/v1/contactverzoeken/{id}': {
    relaties: TEAM,
    vast: true,
    maak: async (o, r) => ({ url: `/api/v1/contactverzoeken/${await contactverzoek(o, r)}` }),
  },
  'POST /api/v1/contactverzoeken/toewijzing': {
    relaties: TEAM,
    maak: async (o, r) => ({
      url: '/api/v1/contactverzoeken/toewijzing',
      body: { ids: [await contactverzoek(o, r)], medewerkerId: null },
    }),
  },
  'POST /api/v1/contactverzoeken/{id}/claim': cvActie('claim', () => ({})),
  'POST /api/v1/contactverzoeken/{id}/pogingen': cvActie('pogingen', () => ({ uitkomst: 'niet-bereikt' })),
  'POST /api/v1/contactverzoeken/{id}/notities': cvActie('notities', () => ({ tekst: 'Matrix' })),
  'POST /api/v1/contactverzoeken/{id}/doorsturen': cvActie('doorsturen', (o) => ({ teamId: o.teams.KCC })),
  'POST /api/v1/contactverzoeken/{id}/afhandelen': cvActie('afhandelen', () => ({ resultaat: 'beantwoord' })),
  'GET /api/v1/zaken': {
    relaties: [...TEAM, 'nvt'],
    maak: (o, r) => ({ url: r === 'nvt' ? '/api/v1/zaken' : `/api/v1/zaken?teamId=${teamVan(o, r)}` }),
  },
  'POST /api/v1/zaken': {
    maak: async (o) => ({
      url: '/api/v1/zaken',
      body: { zaaktypeId: (await zaaktypeVan(o, o.teams.B)).id, omschrijving: 'Matrix' },
    }),
  },
  'GET /api/v1/zaken/{id}': {
    relaties: TEAM,
    vast: true,
    maak: async (o, r) => ({ url: `/api/v1/zaken/${(await zaak(o, r)).id}` }),
  },
  'GET /api/v1/partijen/{id}/zaken': {
    vast: true,
    maak: async (o) => ({ url: `/api/v1/partijen/${await partij(o)}/zaken` }),
  },
  'GET /api/v1/regie': { vast: true, maak: () => ({ url: '/api/v1/regie' }) },
  'POST /api/v1/regie/statusvraag': {
    maak: async (o) => ({
      url: '/api/v1/regie/statusvraag',
      body: { soort: 'zaak', id: (await zaak(o, 'eigen')).id },
    }),
  },
  'POST /api/v1/zaken/{id}/oppakken': zaakActie('oppakken', () => ({})),
  'POST /api/v1/zaken/{id}/toewijzing': zaakActie('toewijzing', () => ({ behandelaarId: null })),
  'POST /api/v1/zaken/{id}/status': zaakActie('status', (zt) => ({ statustypeId: zt.statustypen[1] })),
  'POST /api/v1/zaken/{id}/eigenschappen': zaakActie('eigenschappen', (zt) => ({
    eigenschapId: zt.eigenschappen.kenteken,
    waarde: 'AB-123-C',
  })),
  'POST /api/v1/zaken/{id}/notities': zaakActie('notities', () => ({ tekst: 'Matrix' })),
  'POST /api/v1/zaken/{id}/opschorting': zaakActie('opschorting', () => ({ reden: 'Wacht op stukken' })),
  'POST /api/v1/zaken/{id}/hervatting': zaakActie('hervatting', () => ({})),
  'POST /api/v1/zaken/{id}/verlenging': zaakActie('verlenging', () => ({
    duur: 'P2W',
    reden: 'Advies nodig',
  })),
  'POST /api/v1/zaken/{id}/besluiten': zaakActie('besluiten', () => ({
    omschrijving: 'Verleend',
    datum: '2026-01-05',
    ingangsdatum: '2026-01-05',
  })),
  'POST /api/v1/zaken/{id}/afsluiting': zaakActie('afsluiting', (zt) => ({ resultaattypeId: zt.verleend })),
  'POST /api/v1/zaken/{id}/relaties': {
    relaties: TEAM,
    maak: async (o, r) => ({
      url: `/api/v1/zaken/${(await zaak(o, r)).id}/relaties`,
      body: { gerelateerdeZaakId: (await zaak(o, r)).id, aard: 'onderwerp' },
    }),
  },
  'GET /api/v1/zaken/{id}/documenten': {
    relaties: TEAM,
    vast: true,
    maak: async (o, r) => ({ url: `/api/v1/zaken/${(await zaak(o, r)).id}/documenten` }),
  },
  'POST /api/v1/zaken/{id}/documenten': zaakActie('documenten', pdfFormulier),
  'GET /api/v1/zaken/{id}/documenten/{documentId}/inhoud': { ...documentActie('inhoud'), vast: true },
  'POST /api/v1/zaken/{id}/documenten/{documentId}/vergrendeling': documentActie('vergrendeling'),
  'POST /api/v1/zaken/{id}/documenten/{documentId}/versies': documentActie('versies', pdfFormulier),
  'POST /api/v1/zaken/{id}/documenten/{documentId}/ontgrendeling': documentActie('ontgrendeling'),
  'GET /api/v1/servicenormen': { maak: () => ({ url: '/api/v1/servicenormen' }) },
  'PUT /api/v1/servicenormen': {
    maak: (o) => ({ url: '/api/v1/servicenormen', body: { teamId: o.teams.A, werkdagen: 2 } }),
  },
  'DELETE /api/v1/servicenormen/{id}': {
    maak: async (o) => {
      const productId = await product(o);
      await o.env.runtime.db.execute(
        sql`insert into servicenorm (product_id, werkdagen) values (${productId}, 3) on conflict do nothing`,
      );
      const id = await rijWaarde<string>(
        o,
        sql`select id as v from servicenorm where product_id = ${productId}`,
      );
      return { url: `/api/v1/servicenormen/${id}` };
    },
  },
  'GET /api/v1/contactverzoeken/dashboard': teamOfOrganisatie('/api/v1/contactverzoeken/dashboard'),
  'GET /api/v1/sturing/contacten': teamOfOrganisatie('/api/v1/sturing/contacten'),
  'GET /api/v1/sturing/servicenormen': teamOfOrganisatie('/api/v1/sturing/servicenormen'),
  'GET /api/v1/sturing/kto': teamOfOrganisatie('/api/v1/sturing/kto'),
  'GET /api/v1/kto/{token}': { maak: async (o) => ({ url: await ktoLink(o) }) },
  'POST /api/v1/kto/{token}': {
    maak: async (o) => ({ url: await ktoLink(o), body: { score: 4, inEenKeer: true } }),
  },
  'GET /api/v1/rapporten': {
    relaties: TEAM,
    maak: (o, r) => ({ url: `/api/v1/rapporten?teamId=${teamVan(o, r)}` }),
  },
  'POST /api/v1/rapporten': {
    relaties: TEAM_EN_ORGANISATIE,
    maak: (o, r) => ({
      url: '/api/v1/rapporten',
      body: { soort: 'week', teamId: r === 'organisatie' ? null : teamVan(o, r) },
    }),
  },
  'GET /api/v1/rapporten/{id}/pdf': {
    relaties: TEAM_EN_ORGANISATIE,
    vast: true,
    maak: async (o, r) => ({ url: `/api/v1/rapporten/${await rapport(o, r)}/pdf` }),
  },
  'GET /api/v1/rapporten/{id}/xlsx': {
    relaties: TEAM_EN_ORGANISATIE,
    vast: true,
    maak: async (o, r) => ({ url: `/api/v1/rapporten/${await rapport(o, r)}/xlsx` }),
  },
};
