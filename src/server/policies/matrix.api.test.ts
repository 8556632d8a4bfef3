import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokenVoor } from '../modules/klantinteracties/contract';
import { type Rol, rolCodes } from '../platform/auth/rollen';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../testing/harness';
import { type Omgeving, type Relatie, uniek, type Verzoek, voorbeelden } from '../testing/routevoorbeelden';

/**
 * The authorization matrix, in the style of Open Zaak's auth test per resource: every route of
 * the OpenAPI document × every role × own team / other team / no team, plus API tokens per
 * scope and anonymous callers. The expectations below are the README's table, written here
 * independently of src/server/policies: a route whose rule (x-beleid) has no expectation, or
 * that has no example request, fails the test.
 */

type Uitkomst = 'toegelaten' | 401 | 403 | 404;

interface Wie {
  label: string;
  soort: 'medewerker' | 'token' | 'anoniem';
  rol?: Rol;
  /** Member of team A (Belastingen); the KCC's teamleider is in the KCC team. */
  inA: boolean;
  kcc?: boolean;
  scope?: 'lezen' | 'klantinteracties' | 'beheer';
  client: TestClient;
  id?: string;
  gebruikersnaam?: string;
}

const BEHANDELAARS: Rol[] = ['kcc-medewerker', 'backoffice-medewerker', 'key-user', 'teamleider'];
const REGIE: Rol[] = ['key-user', 'teamleider'];

const heeft = (w: Wie, ...rollen: Rol[]) => w.soort === 'medewerker' && rollen.includes(w.rol as Rol);
const regieKcc = (w: Wie) => w.kcc === true && w.rol === 'teamleider';

/** Who is refused before any rule of the object: anonymous callers, then tokens without the scope. */
function basis(w: Wie, rollen: 'iedereen' | 'ingelogd' | Rol[], scopes: string[]): Uitkomst | null {
  if (rollen === 'iedereen') return 'toegelaten';
  if (w.soort === 'anoniem') return 401;
  if (w.soort === 'token') return scopes.includes(w.scope as string) ? 'toegelaten' : 403;
  if (rollen !== 'ingelogd' && !rollen.includes(w.rol as Rol)) return 403;
  return null;
}
const regel =
  (
    rollen: 'iedereen' | 'ingelogd' | Rol[],
    scopes: string[] = [],
    object?: (w: Wie, r: Relatie) => Uitkomst,
  ) =>
  (w: Wie, r: Relatie): Uitkomst =>
    basis(w, rollen, scopes) ?? object?.(w, r) ?? 'toegelaten';

const LEZEN = ['lezen', 'klantinteracties', 'beheer'];
const DATA = ['lezen', 'klantinteracties'];
const KI = ['klantinteracties'];
const BEHEER: Rol[] = ['functioneel-beheerder'];
const STUREN: Rol[] = ['key-user', 'teamleider', 'functioneel-beheerder'];

/** Dashboards and reports: own teams for key users and teamleiders; everything for the KCC's teamleider and the beheerder. */
const rapportage = (w: Wie, r: Relatie): Uitkomst =>
  heeft(w, 'functioneel-beheerder') || regieKcc(w) || (r === 'eigen' && heeft(w, ...REGIE))
    ? 'toegelaten'
    : 403;

const verwacht: Record<string, (w: Wie, r: Relatie) => Uitkomst> = {
  'sessie.inloggen': regel('iedereen'),
  'sessie.opties': regel('iedereen'),
  // Not configured in this environment: the route answers 404 to everyone (its flow is in oidc.api.test.ts).
  'oidc.inloggen': () => 404,
  'kalender.termijn': regel('iedereen'),
  'kalender.feestdagen': regel('iedereen'),
  'sessie.lezen': regel('ingelogd'),
  'sessie.uitloggen': regel('ingelogd'),
  'sessie.overal-uitloggen': regel('ingelogd'),
  'sessie.wachtwoord': regel('ingelogd'),
  'kalender.sluitingsdagen': regel('ingelogd', LEZEN),
  'servicenorm.lezen': regel('ingelogd', LEZEN),
  'melding.eigen': regel('ingelogd', [], (_w, r) => (r === 'ander' ? 404 : 'toegelaten')),
  'kalender.sluitingsdag-beheren': regel(BEHEER, ['beheer']),
  'team.beheren': regel(BEHEER, ['beheer']),
  'medewerker.beheren': regel(BEHEER, ['beheer']),
  'servicenorm.beheren': regel(BEHEER, ['beheer']),
  'zaaktype.lezen': regel('ingelogd', LEZEN),
  'zaaktype.beheren': regel(BEHEER, ['beheer']),
  'audit.zoeken': regel(BEHEER),
  'audit.exporteren': regel(BEHEER),
  'api-token.beheren': regel(BEHEER),
  'mail.lezen': regel(BEHEER),
  'medewerker.wachtwoord-reset': regel(BEHEER),
  'rol.lezen': regel('ingelogd', LEZEN),
  'team.lezen': regel('ingelogd', LEZEN),
  'medewerker.lezen': regel('ingelogd', LEZEN),
  'product.zoeken': regel('ingelogd', LEZEN),
  'product.beheren': regel(BEHEER, ['beheer']),
  'persoon.lezen': regel(BEHANDELAARS),
  'partij.zoeken': regel(BEHANDELAARS),
  'partij.openen': regel(BEHANDELAARS),
  'partij.lezen': regel(BEHANDELAARS),
  'partij.bsn-inzage': regel(BEHANDELAARS),
  'partij.contactgegevens': regel(BEHANDELAARS),
  'partij.tijdlijn': regel(BEHANDELAARS),
  'klantcontact.registreren': regel(BEHANDELAARS, KI),
  'klantcontact.lezen': regel(BEHANDELAARS, DATA),
  'klantcontact.concept-afronden': regel(BEHANDELAARS, [], (_w, r) => (r === 'eigen' ? 'toegelaten' : 403)),
  'klantcontact.eigen-concepten': regel(BEHANDELAARS),
  'klantcontact.veelgevraagd': regel(BEHANDELAARS),
  'lopend-contact.beginnen': regel(BEHANDELAARS),
  'lopend-contact.eigen': regel(BEHANDELAARS, [], (_w, r) => (r === 'ander' ? 404 : 'toegelaten')),
  'contactverzoek.maken': regel(BEHANDELAARS, KI),
  'contactverzoek.zoeken': regel(BEHANDELAARS, DATA, (w, r) =>
    r === 'eigen' || r === 'nvt' || regieKcc(w) ? 'toegelaten' : 403,
  ),
  'contactverzoek.lezen': regel(BEHANDELAARS, DATA, (w, r) =>
    r === 'eigen' || regieKcc(w) ? 'toegelaten' : 404,
  ),
  'contactverzoek.oppakken': regel(BEHANDELAARS, [], (_w, r) => (r === 'eigen' ? 'toegelaten' : 403)),
  'contactverzoek.behandelen': regel(BEHANDELAARS, KI, (_w, r) => (r === 'eigen' ? 'toegelaten' : 403)),
  'contactverzoek.toewijzen': regel(REGIE, KI, (_w, r) => (r === 'eigen' ? 'toegelaten' : 403)),
  'zaak.maken': regel(BEHANDELAARS),
  'zaak.zoeken': regel(BEHANDELAARS, ['lezen'], (w, r) =>
    r === 'eigen' || r === 'nvt' || regieKcc(w) ? 'toegelaten' : 403,
  ),
  'zaak.lezen': regel(BEHANDELAARS, ['lezen'], (w, r) => (r === 'eigen' || regieKcc(w) ? 'toegelaten' : 404)),
  'zaak.behandelen': regel(BEHANDELAARS, [], (_w, r) => (r === 'eigen' ? 'toegelaten' : 403)),
  'zaak.toewijzen': regel(REGIE, [], (_w, r) => (r === 'eigen' ? 'toegelaten' : 403)),
  'zaak.van-partij': regel(BEHANDELAARS, ['lezen']),
  'regie.lezen': regel(REGIE, [], (w) => (regieKcc(w) ? 'toegelaten' : 403)),
  'regie.statusvraag': regel(REGIE, [], (w) => (regieKcc(w) ? 'toegelaten' : 403)),
  'zaak.documenten-lezen': regel(BEHANDELAARS, ['lezen'], (w, r) =>
    r === 'eigen' || regieKcc(w) ? 'toegelaten' : 404,
  ),
  'zaak.documenten-behandelen': regel(BEHANDELAARS, [], (_w, r) => (r === 'eigen' ? 'toegelaten' : 403)),
  'zaak.document-ontgrendelen': regel([...BEHANDELAARS, ...BEHEER], [], (w, r) =>
    r === 'eigen' || heeft(w, 'functioneel-beheerder') ? 'toegelaten' : 403,
  ),
  'dashboard.lezen': regel(STUREN, [], rapportage),
  'rapport.lezen': regel(STUREN, [], rapportage),
  'rapport.maken': regel(STUREN, [], rapportage),
  'sturing.lezen': regel(STUREN, [], rapportage),
  'kto.lezen': regel('iedereen'),
  'kto.beantwoorden': regel('iedereen'),
};

/** The status as a cell of the matrix: past the rule, or refused (401, 403) or hidden (404). */
const alsUitkomst = (status: number): Uitkomst =>
  status === 401 || status === 403 || status === 404 ? status : 'toegelaten';

type Operatie = { 'x-beleid': string };

let env: TestOmgeving;
let o: Omgeving;
const actoren: Wie[] = [];

async function medewerker(beheerder: TestClient, rol: Rol, teamIds: string[], label: string, kcc = false) {
  const gebruikersnaam = `m-${uniek()}`;
  const res = await beheerder.post('/api/v1/medewerkers', {
    naam: `Matrix ${label}`,
    gebruikersnaam,
    email: `${gebruikersnaam}@voorbeeldstad.nl`,
    rollen: [rol],
    teamIds,
    wachtwoord: 'route-rol-wachtwoord',
  });
  expect(res.status).toBe(201);
  const { id } = await json<{ id: string }>(res);
  // Their temporary password is replaced, so that every route is open to them.
  await env.runtime.db.execute(sql`update medewerker set wachtwoord_tijdelijk = false where id = ${id}`);
  const client = await env.login(gebruikersnaam, 'route-rol-wachtwoord');
  actoren.push({
    label,
    soort: 'medewerker',
    rol,
    inA: teamIds.includes(o.teams.A),
    kcc,
    client,
    id,
    gebruikersnaam,
  });
}

beforeAll(async () => {
  env = await testOmgeving();
  const beheerder = await env.login('beheerder');
  const teams = await teamsOpNaam(beheerder);
  o = { env, teams: { A: teams.Belastingen, B: teams.Vergunningen, KCC: teams.KCC } };
  for (const rol of rolCodes) {
    await medewerker(beheerder, rol, [o.teams.A], `${rol} (Belastingen)`);
    await medewerker(beheerder, rol, [], `${rol} (geen team)`);
  }
  await medewerker(beheerder, 'teamleider', [o.teams.KCC], 'teamleider (KCC)', true);
  for (const scope of ['lezen', 'klantinteracties', 'beheer'] as const) {
    const client = env.anoniem();
    client.headers.authorization = `Token ${await apiTokenVoor(env, `matrix-${scope}`, [scope])}`;
    actoren.push({ label: `API-token ${scope}`, soort: 'token', scope, inA: false, client });
  }
  actoren.push({ label: 'anoniem', soort: 'anoniem', inA: false, client: env.anoniem() });
}, 120_000);
afterAll(() => env?.stop());

/**
 * The relations a cell is asked in. With team relations: own and other team for a member of A,
 * no team for an employee without one, other team for the KCC's teamleider, and no relation
 * for tokens and anonymous callers (the object is in A). Other relations (own or someone
 * else's notification) are asked of every employee.
 */
function relatiesVan(w: Wie, relaties: readonly Relatie[]): Relatie[] {
  const team: Relatie[] = relaties.filter((r) => r === 'eigen' || r === 'ander' || r === 'geen');
  const rest = relaties.filter((r) => !team.includes(r));
  const teamzin = team.includes('geen');
  if (w.soort !== 'medewerker') return team.length ? ['nvt', ...rest] : rest.length ? rest : ['nvt'];
  if (!teamzin) return relaties.length ? [...relaties] : ['nvt'];
  if (w.kcc) return ['ander', ...rest];
  return [...(w.inA ? ['eigen', 'ander'] : ['geen']), ...rest] as Relatie[];
}

describe('authorization matrix: every route × every role × own team / other team / no team', () => {
  it('answers every cell as the README table says', async () => {
    const doc = await json<{ paths: Record<string, Record<string, Operatie>> }>(
      env.anoniem().get('/api/v1/openapi.json'),
    );
    const operaties = Object.entries(doc.paths)
      .flatMap(([pad, ops]) =>
        Object.entries(ops).map(([method, op]) => ({
          sleutel: `${method.toUpperCase()} ${pad}`,
          method,
          op,
        })),
      )
      // Logging out everywhere ends the matrix's own sessions too: those routes come last.
      .sort(
        (a, b) =>
          Number(Boolean(voorbeelden[a.sleutel]?.eigenSessie)) -
          Number(Boolean(voorbeelden[b.sleutel]?.eigenSessie)),
      );
    const afwijkingen: string[] = [];
    let cellen = 0;
    for (const { sleutel, method, op } of operaties) {
      const regelVan = verwacht[op['x-beleid']];
      const voorbeeld = voorbeelden[sleutel];
      if (!regelVan) afwijkingen.push(`${sleutel}: geen verwachting voor regel ${op['x-beleid']}`);
      if (!voorbeeld) afwijkingen.push(`${sleutel}: geen voorbeeldverzoek`);
      if (!regelVan || !voorbeeld) continue;
      const vast = new Map<Relatie, Verzoek>();
      for (const w of actoren) {
        for (const relatie of relatiesVan(w, voorbeeld.relaties ?? [])) {
          const verzoek = vast.get(relatie) ?? (await voorbeeld.maak(o, relatie, w));
          if (voorbeeld.vast) vast.set(relatie, verzoek);
          // Logging in again (POST /sessie) must not change whose session the client holds.
          const client =
            voorbeeld.eigenSessie && w.gebruikersnaam
              ? await env.login(w.gebruikersnaam, 'route-rol-wachtwoord')
              : w.client;
          const { cookie, csrfToken } = client;
          const res = await client.request(method.toUpperCase(), verzoek.url, verzoek.body);
          Object.assign(client, { cookie, csrfToken });
          const kreeg = alsUitkomst(res.status);
          const moet = regelVan(w, relatie);
          cellen++;
          if (kreeg !== moet)
            afwijkingen.push(`${sleutel} · ${w.label} · ${relatie}: ${res.status}, verwacht ${moet}`);
        }
      }
    }
    expect(afwijkingen).toEqual([]);
    console.info(`autorisatiematrix: ${operaties.length} routes, ${cellen} cellen`);
    expect(cellen).toBeGreaterThan(operaties.length * actoren.length);
  }, 300_000);
});
