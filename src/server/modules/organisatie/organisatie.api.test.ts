import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

async function auditVoor(objectId: string) {
  const res = await beheerder.get(`/api/v1/audit?objectId=${objectId}`);
  return ((await res.json()) as { items: { actie: string; medewerkerNaam: string }[] }).items;
}

describe('teams', () => {
  it('seeds the eight teams of the demo municipality', async () => {
    const res = await beheerder.get('/api/v1/teams?pageSize=100');
    const body = (await res.json()) as { items: { naam: string }[]; total: number };
    expect(body.total).toBe(8);
    expect(body.items.map((t) => t.naam)).toContain('Zorg (Wmo)');
  });

  it('creates a team, audits it in the same transaction and finds it by search', async () => {
    const res = await beheerder.post('/api/v1/teams', {
      naam: 'Parkeren',
      omschrijving: 'Vergunningen en boetes',
    });
    expect(res.status).toBe(201);
    const team = (await res.json()) as { id: string; versie: number; aantalMedewerkers: number };
    expect(team).toMatchObject({ versie: 1, aantalMedewerkers: 0 });
    expect((await auditVoor(team.id)).map((a) => a.actie)).toEqual(['team.aangemaakt']);
    const gevonden = (await (await beheerder.get('/api/v1/teams?q=PARKE')).json()) as {
      items: { id: string }[];
    };
    expect(gevonden.items.map((t) => t.id)).toEqual([team.id]);
  });

  it('refuses a duplicate name (any case) with 409 and writes nothing', async () => {
    const voor = ((await (await beheerder.get('/api/v1/teams')).json()) as { total: number }).total;
    const res = await beheerder.post('/api/v1/teams', { naam: 'kcc' });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await (await beheerder.get('/api/v1/teams')).json()) as { total: number }).total).toBe(voor);
  });

  it('gives the second of two concurrent editors 409 with the current version', async () => {
    const team = (await (await beheerder.post('/api/v1/teams', { naam: 'Handhaving' })).json()) as {
      id: string;
    };
    const eerste = await beheerder.patch(`/api/v1/teams/${team.id}`, { omschrijving: 'BOA', versie: 1 });
    expect(eerste.status).toBe(200);
    const tweede = await beheerder.patch(`/api/v1/teams/${team.id}`, { omschrijving: 'Toezicht', versie: 1 });
    expect(tweede.status).toBe(409);
    const body = (await tweede.json()) as { huidig: { omschrijving: string; versie: number } };
    expect(body.huidig).toMatchObject({ omschrijving: 'BOA', versie: 2 });
  });

  it('sorts on request and rejects an unknown sort field in Dutch', async () => {
    const res = await beheerder.get('/api/v1/teams?sort=-naam&pageSize=2&page=1');
    const body = (await res.json()) as { items: { naam: string }[]; pageSize: number };
    expect(body.items[0].naam.localeCompare(body.items[1].naam, 'nl')).toBeGreaterThan(0);
    const fout = await beheerder.get('/api/v1/teams?sort=geheim');
    expect(fout.status).toBe(400);
    expect(((await fout.json()) as { errors: { veld: string }[] }).errors[0].veld).toBe('sort');
  });
});

describe('medewerkers', () => {
  it('creates an employee in teams, sends a welcome mail through the outbox and lets them log in', async () => {
    const teams = (await (await beheerder.get('/api/v1/teams?q=Belastingen')).json()) as {
      items: { id: string }[];
    };
    const res = await beheerder.post('/api/v1/medewerkers', {
      naam: 'Joost Hendriks',
      gebruikersnaam: 'JHendriks',
      email: 'j.hendriks@voorbeeldstad.nl',
      rollen: ['backoffice-medewerker'],
      teamIds: [teams.items[0].id],
      wachtwoord: 'een-lang-wachtwoord',
    });
    expect(res.status).toBe(201);
    const mw = (await res.json()) as { id: string; gebruikersnaam: string; teams: { naam: string }[] };
    expect(mw.gebruikersnaam).toBe('jhendriks');
    expect(mw.teams.map((t) => t.naam)).toEqual(['Belastingen']);
    const mails = await eventually(
      async () =>
        (
          (await (await beheerder.get('/api/v1/mails?q=j.hendriks')).json()) as {
            items: { onderwerp: string }[];
          }
        ).items,
      (items) => items.length > 0,
    );
    expect(mails).toEqual([
      expect.objectContaining({ onderwerp: 'Uw account voor Stadspunt', status: 'bewaard' }),
    ]);
    const joost = await env.login('jhendriks', 'een-lang-wachtwoord');
    const sessie = (await (await joost.get('/api/v1/sessie')).json()) as { wachtwoordWijzigen: boolean };
    expect(sessie.wachtwoordWijzigen).toBe(true);
  });

  it('rejects an unknown team with 422 and leaves no employee behind', async () => {
    const res = await beheerder.post('/api/v1/medewerkers', {
      naam: 'Niemand',
      gebruikersnaam: 'niemand',
      email: 'niemand@voorbeeldstad.nl',
      rollen: ['kcc-medewerker'],
      teamIds: ['00000000-0000-4000-8000-000000000000'],
      wachtwoord: 'een-lang-wachtwoord',
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { veld: string }[] }).errors[0].veld).toBe('teamIds');
    const lijst = (await (await beheerder.get('/api/v1/medewerkers?q=niemand')).json()) as { total: number };
    expect(lijst.total).toBe(0);
  });

  it('gives field errors in Dutch for every bad field', async () => {
    const res = await beheerder.post('/api/v1/medewerkers', {
      naam: 'A',
      gebruikersnaam: 'x y',
      email: 'geen-mail',
      rollen: ['koning'],
      teamIds: [],
      wachtwoord: 'kort',
    });
    expect(res.status).toBe(400);
    const velden = ((await res.json()) as { errors: { veld: string; melding: string }[] }).errors.map(
      (e) => e.veld,
    );
    expect(velden).toEqual(
      expect.arrayContaining(['naam', 'gebruikersnaam', 'email', 'rollen.0', 'wachtwoord']),
    );
  });

  it('filters by role and team', async () => {
    const res = await beheerder.get('/api/v1/medewerkers?rol=key-user');
    const body = (await res.json()) as { items: { gebruikersnaam: string }[] };
    expect(body.items.map((m) => m.gebruikersnaam)).toEqual(['keyuser']);
    const teams = (await (await beheerder.get('/api/v1/teams?q=Belastingen')).json()) as {
      items: { id: string }[];
    };
    const inTeam = await beheerder.get(`/api/v1/medewerkers?team=${teams.items[0].id}&sort=gebruikersnaam`);
    expect(inTeam.status).toBe(200);
    const leden = (await inTeam.json()) as { items: { gebruikersnaam: string }[] };
    const namen = leden.items.map((m) => m.gebruikersnaam);
    expect(namen).toEqual(expect.arrayContaining(['backoffice', 'keyuser']));
    expect(namen).not.toContain('kcc');
  });

  it('resets a password: old one stops working, sessions end, the employee is told by mail', async () => {
    const lijst = (await (await beheerder.get('/api/v1/medewerkers?q=redacteur')).json()) as {
      items: { id: string }[];
    };
    const id = lijst.items[0].id;
    const redacteur = await env.login('redacteur');
    const res = await beheerder.post(`/api/v1/medewerkers/${id}/wachtwoord-reset`);
    const { tijdelijkWachtwoord } = (await res.json()) as { tijdelijkWachtwoord: string };
    expect(tijdelijkWachtwoord.length).toBeGreaterThanOrEqual(12);
    expect((await redacteur.get('/api/v1/sessie')).status).toBe(401);
    await expect(env.login('redacteur')).rejects.toThrow(/401/);
    await env.login('redacteur', tijdelijkWachtwoord);
    await eventually(
      async () =>
        ((await (await beheerder.get('/api/v1/mails?q=opnieuw ingesteld')).json()) as { total: number })
          .total,
      (n) => n === 1,
    );
    expect((await auditVoor(id)).map((a) => a.actie)).toContain('medewerker.wachtwoord-gereset');
  });

  it('deactivating logs the employee out and blocks login', async () => {
    const lijst = (await (await beheerder.get('/api/v1/medewerkers?q=verbetermanager')).json()) as {
      items: { id: string; versie: number }[];
    };
    const vm = await env.login('verbetermanager');
    const { id, versie } = lijst.items[0];
    expect((await beheerder.patch(`/api/v1/medewerkers/${id}`, { actief: false, versie })).status).toBe(200);
    expect((await vm.get('/api/v1/sessie')).status).toBe(401);
    await expect(env.login('verbetermanager')).rejects.toThrow(/401/);
  });
});

describe('team members and key users, from the team', () => {
  interface Lid {
    id: string;
    rollen: string[];
    teams: { naam: string }[];
  }
  const ids = async () => {
    const teams = (await (await beheerder.get('/api/v1/teams?q=Vergunningen')).json()) as {
      items: { id: string }[];
    };
    const mw = (await (await beheerder.get('/api/v1/medewerkers?q=redacteur')).json()) as {
      items: { id: string }[];
    };
    return { team: teams.items[0].id, lid: mw.items[0].id };
  };
  const leden = async (team: string) =>
    ((await (await beheerder.get(`/api/v1/medewerkers?team=${team}`)).json()) as { items: Lid[] }).items;

  it('adds a member as key user, makes him a plain member again, and removes him, each audited', async () => {
    const { team, lid } = await ids();
    const toegevoegd = await beheerder.put(`/api/v1/teams/${team}/leden/${lid}`, { keyUser: true });
    expect(toegevoegd.status).toBe(200);
    expect(((await toegevoegd.json()) as Lid).rollen).toEqual(['redacteur', 'key-user']);
    expect((await leden(team)).map((m) => m.id)).toContain(lid);
    const gewoon = (await (await beheerder.put(`/api/v1/teams/${team}/leden/${lid}`, {})).json()) as Lid;
    expect(gewoon.rollen).toEqual(['redacteur']);
    expect((await beheerder.delete(`/api/v1/teams/${team}/leden/${lid}`)).status).toBe(204);
    expect((await leden(team)).map((m) => m.id)).not.toContain(lid);
    expect((await auditVoor(team)).map((a) => a.actie)).toEqual([
      'team.lid-verwijderd',
      'team.lid-ingesteld',
      'team.lid-ingesteld',
      'team.aangemaakt',
    ]);
  });

  it('answers 404 in Dutch for removing someone who is not in the team', async () => {
    const { team, lid } = await ids();
    const res = await beheerder.delete(`/api/v1/teams/${team}/leden/${lid}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toBe(
      'Lotte Visser in team Vergunningen bestaat niet.',
    );
  });

  it('is for the functioneel beheerder only', async () => {
    const { team, lid } = await ids();
    const keyuser = await env.login('keyuser');
    expect((await keyuser.put(`/api/v1/teams/${team}/leden/${lid}`, { keyUser: true })).status).toBe(403);
    expect((await keyuser.delete(`/api/v1/teams/${team}/leden/${lid}`)).status).toBe(403);
  });
});
