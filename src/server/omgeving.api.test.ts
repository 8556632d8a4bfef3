import { Writable } from 'node:stream';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { type Runtime, startRuntime } from './bootstrap';
import { brpPersoon, hrVestiging } from './modules/basisregistratie/schema';
import { product } from './modules/catalogus/schema';
import { contactverzoek } from './modules/contactverzoeken/schema';
import { klantcontact } from './modules/klantcontacten/schema';
import { DEMO_WACHTWOORD } from './modules/organisatie/demo';
import { medewerker, team } from './modules/organisatie/schema';
import { partij } from './modules/partijen/schema';
import { auditRegel } from './platform/audit/schema';
import { createBeheerder } from './platform/auth/beheerder';
import { loadConfig } from './platform/config';
import type { Database } from './platform/db/client';
import { freshDatabase, json, TestClient } from './testing/harness';

let database: Database;
let runtime: Runtime;
let app: ReturnType<typeof createApp>;
const logregels: { level: number; msg: string }[] = [];

beforeAll(async () => {
  ({ database } = await freshDatabase());
  const logger = pino(
    { level: 'warn' },
    new Writable({
      write(regel, _codering, klaar) {
        logregels.push(JSON.parse(String(regel)));
        klaar();
      },
    }),
  );
  // SEED_DEMO asks for the demo: production must refuse it.
  const config = loadConfig({
    STADSPUNT_OMGEVING: 'productie',
    SEED_DEMO: 'true',
    PERIODIEKE_TAKEN: 'false',
  });
  runtime = await startRuntime(config, { database, logger });
  app = createApp(runtime);
});
afterAll(async () => {
  await runtime?.stop();
  await database?.close();
});

const aantal = async (tabel: PgTable) => (await runtime.db.select({ n: count() }).from(tabel))[0].n;

describe('production', () => {
  it('seeds no demo data into an empty database, whatever SEED_DEMO says, and warns', async () => {
    expect(runtime.config.omgeving).toBe('productie');
    expect(runtime.demoGeladen).toBe(false);
    for (const tabel of [team, medewerker, brpPersoon, hrVestiging, partij, klantcontact, contactverzoek])
      expect(await aantal(tabel)).toBe(0);
    expect(logregels).toContainEqual(
      expect.objectContaining({ level: 40, msg: expect.stringMatching(/SEED_DEMO/) }),
    );
  });

  it('loads the reference data: the UPL product catalogue', async () => {
    expect(await aantal(product)).toBeGreaterThan(100);
  });

  it('does not let the demo password log in', async () => {
    const res = await new TestClient(app).post('/api/v1/sessie', {
      gebruikersnaam: 'beheerder',
      wachtwoord: DEMO_WACHTWOORD,
    });
    expect(res.status).toBe(401);
  });
});

describe('beheerder create', () => {
  it('makes the first functioneel beheerder, who must choose an own password before anything else', async () => {
    const wachtwoord = await createBeheerder(runtime, {
      gebruikersnaam: 'f.beheer',
      email: 'f.beheer@gemeente.nl',
    });
    const client = new TestClient(app);
    expect((await client.post('/api/v1/sessie', { gebruikersnaam: 'f.beheer', wachtwoord })).status).toBe(
      200,
    );
    expect(await json(client.get('/api/v1/sessie'))).toMatchObject({
      medewerker: { naam: 'f.beheer', rollen: ['functioneel-beheerder'], teams: [] },
      wachtwoordWijzigen: true,
    });
    expect((await client.post('/api/v1/teams', { naam: 'KCC', kcc: true })).status).toBe(403);
    const eigen = await client.put('/api/v1/sessie/wachtwoord', {
      huidig: wachtwoord,
      nieuw: 'een-eigen-wachtwoord',
    });
    expect(eigen.status).toBe(204);
    expect((await client.post('/api/v1/teams', { naam: 'KCC', kcc: true })).status).toBe(201);
    const [regel] = await runtime.db
      .select()
      .from(auditRegel)
      .where(eq(auditRegel.actie, 'medewerker.aangemaakt'));
    expect(regel.medewerkerNaam).toBe('Beheer-CLI');
  });

  it('takes the name from --naam', async () => {
    await createBeheerder(runtime, {
      gebruikersnaam: 'jdevries',
      naam: 'Jan de Vries',
      email: 'jan@gemeente.nl',
    });
    const [mw] = await runtime.db.select().from(medewerker).where(eq(medewerker.gebruikersnaam, 'jdevries'));
    expect(mw).toMatchObject({
      naam: 'Jan de Vries',
      rollen: ['functioneel-beheerder'],
      wachtwoordTijdelijk: true,
    });
  });

  it('refuses a bad e-mail address and a name already taken, in Dutch', async () => {
    await expect(
      createBeheerder(runtime, { gebruikersnaam: 'nog.een', email: 'geen-adres' }),
    ).rejects.toThrow(/email: Vul een geldig e-mailadres in/);
    await expect(
      createBeheerder(runtime, { gebruikersnaam: 'f.beheer', email: 'ander@gemeente.nl' }),
    ).rejects.toThrow('Deze gebruikersnaam is al in gebruik.');
  });
});
