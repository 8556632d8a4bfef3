import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
let kcc: TestClient;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  kcc = await env.login('kcc');
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

describe('BRP in the embedded basisregistratie', () => {
  it('serves a person of the RvIG test set with source and age of the data', async () => {
    const res = await kcc.get('/api/v1/basisregistratie/personen/999993653?reden=telefoongesprek');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      bsn: '*****3653',
      voornamen: 'Suzanne',
      geslachtsnaam: 'Moulin',
      geboortedatum: '1985-12-01',
      adres: { straat: 'Boterdiep', huisnummer: '31', postcode: '3077AW', woonplaats: 'Rotterdam' },
      bron: expect.stringContaining('BRP'),
    });
  });

  it('audits every read as personal data, with the reason, also when nobody is found', async () => {
    await kcc.get('/api/v1/basisregistratie/personen/999990639?reden=balie');
    expect((await kcc.get('/api/v1/basisregistratie/personen/111222333')).status).toBe(404);
    const res = await beheerder.get('/api/v1/audit?actie=brp.persoon-gelezen&persoonsgegevens=true');
    const { items } = (await res.json()) as {
      items: { objectId: string; reden: string | null; medewerkerNaam: string }[];
    };
    expect(items.map((i) => [i.objectId, i.reden])).toEqual(
      expect.arrayContaining([
        // The trail keeps the BSN looked up and shows it masked.
        ['*****0639', 'balie'],
        ['*****2333', null],
      ]),
    );
    expect(items.every((i) => i.medewerkerNaam === 'Sanne de Vries')).toBe(true);
  });

  it('rejects a BSN that fails the elfproef with a Dutch field error', async () => {
    const res = await kcc.get('/api/v1/basisregistratie/personen/123456789');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      errors: [{ veld: 'bsn', melding: expect.stringContaining('elfproef') }],
    });
  });

  it('is closed to roles without a need to know', async () => {
    expect((await beheerder.get('/api/v1/basisregistratie/personen/999993653')).status).toBe(403);
  });
});
