import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../../platform/db/client';
import {
  json,
  type TestClient,
  type TestOmgeving,
  teamsOpNaam,
  testOmgeving,
} from '../../../testing/harness';
import { testZaaktype } from '../../../testing/zaaktypen';

const MAP = mkdtempSync(path.join(tmpdir(), 'documenten-test-'));
const MAX = 64 * 1024;

let env: TestOmgeving;
let kcc: TestClient;
let backoffice: TestClient;
let collega: TestClient;
let keyuser: TestClient;
let beheerder: TestClient;
let zt: Awaited<ReturnType<typeof testZaaktype>>;
let partijId: string;

interface Document {
  id: string;
  titel: string;
  bestandsnaam: string;
  formaat: string;
  vertrouwelijkheid: string;
  versie: number;
  vergrendeldDoorNaam: string | null;
  versies: { versie: number; sha256: string; bestandsomvang: number }[];
  mag: { vergrendelen: boolean; ontgrendelen: boolean; nieuweVersie: boolean };
}
interface Fout {
  detail: string;
  errors?: { veld: string; melding: string }[];
  huidig?: Document;
}
interface Zaak {
  id: string;
  versie: number;
  niveau: string;
  logboek: { soort: string; tekst: string }[];
}

const pdf = (tekst: string) => Buffer.from(`%PDF-1.4\n% ${tekst}\n%%EOF\n`);
const sha = (b: Buffer | ArrayBuffer) =>
  createHash('sha256')
    .update(Buffer.from(b as ArrayBuffer))
    .digest('hex');

function formulier(inhoud: Buffer, naam: string, velden: Record<string, string> = {}) {
  const f = new FormData();
  f.set('bestand', new File([new Uint8Array(inhoud)], naam));
  for (const [k, v] of Object.entries(velden)) f.set(k, v);
  return f;
}

beforeAll(async () => {
  env = await testOmgeving({ documenten: { map: MAP, maxBytes: MAX } });
  [kcc, backoffice, keyuser, beheerder] = [
    await env.login('kcc'),
    await env.login('backoffice'),
    await env.login('keyuser'),
    await env.login('beheerder'),
  ];
  const teams = await teamsOpNaam(beheerder);
  zt = await testZaaktype(env.runtime.db, teams.Belastingen);
  const res = await beheerder.post('/api/v1/medewerkers', {
    naam: 'Karin Collega',
    gebruikersnaam: 'collega',
    email: 'collega@voorbeeldstad.nl',
    rollen: ['backoffice-medewerker'],
    teamIds: [teams.Belastingen],
    wachtwoord: 'collega-wachtwoord',
  });
  expect(res.status).toBe(201);
  await env.runtime.db.execute(
    sql`update medewerker set wachtwoord_tijdelijk = false where gebruikersnaam = 'collega'`,
  );
  collega = await env.login('collega', 'collega-wachtwoord');
  partijId = (await json<{ id: string }>(kcc.post('/api/v1/partijen/personen', { bsn: '999993653' }))).id;
});
afterAll(async () => {
  await env?.stop();
  rmSync(MAP, { recursive: true, force: true });
});

/** A zaak of team Belastingen made at the desk: the KCC agent reads it at the status level. */
const maakZaak = () =>
  json<Zaak>(
    kcc.post('/api/v1/zaken', {
      zaaktypeId: zt.id,
      omschrijving: 'Bezwaar aanslag',
      initiatorPartijId: partijId,
      vertrouwelijkheid: 'vertrouwelijk',
    }),
  );
const upload = (door: TestClient, z: { id: string }, f: FormData) =>
  door.post(`/api/v1/zaken/${z.id}/documenten`, f);
const documentPad = (z: { id: string }, d: { id: string }, rest: string) =>
  `/api/v1/zaken/${z.id}/documenten/${d.id}/${rest}`;
const auditActies = async (zaakId: string) =>
  (
    await rijen<{ actie: string }>(
      env.runtime.db,
      sql`select actie from audit_regel where object_id = ${zaakId} order by id`,
    )
  ).map((r) => r.actie);

describe('een document toevoegen en downloaden', () => {
  it('geeft precies terug wat er geüpload is, met de sha256 die bij de versie is opgeslagen', async () => {
    const z = await maakZaak();
    const inhoud = pdf('aanslag');
    const res = await upload(backoffice, z, formulier(inhoud, 'Aanslag 2026.pdf'));
    expect(res.status).toBe(201);
    const d = await json<Document>(res);
    expect(d).toMatchObject({
      titel: 'Aanslag 2026',
      bestandsnaam: 'Aanslag 2026.pdf',
      formaat: 'application/pdf',
      vertrouwelijkheid: 'vertrouwelijk',
      versie: 1,
      mag: { vergrendelen: true, ontgrendelen: false, nieuweVersie: false },
    });
    expect(d.versies).toEqual([
      expect.objectContaining({ versie: 1, sha256: sha(inhoud), bestandsomvang: inhoud.length }),
    ]);
    const download = await backoffice.get(documentPad(z, d, 'inhoud'));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('etag')).toBe(`"${sha(inhoud)}"`);
    expect(sha(await download.arrayBuffer())).toBe(sha(inhoud));
    const lijst = await json<{ items: Document[] }>(backoffice.get(`/api/v1/zaken/${z.id}/documenten`));
    expect(lijst.items.map((i) => i.id)).toEqual([d.id]);
    const zaak = await json<Zaak>(backoffice.get(`/api/v1/zaken/${z.id}`));
    expect(zaak.logboek.filter((l) => l.soort === 'document').map((l) => l.tekst)).toEqual([
      'Document "Aanslag 2026" toegevoegd.',
    ]);
    expect(await auditActies(z.id)).toEqual(
      expect.arrayContaining(['zaak.document-toegevoegd', 'zaak.document-gedownload']),
    );
  });

  it('neemt een titel, een vertrouwelijkheid en een informatieobjecttype van het zaaktype, en weigert een type van een ander zaaktype', async () => {
    const z = await maakZaak();
    const [iot] = await rijen<{ id: string }>(
      env.runtime.db,
      sql`insert into informatieobjecttype (omschrijving, begin_geldigheid) values ('Bezwaarschrift', '2020-01-01') returning id`,
    );
    const vreemd = await json<Fout>(
      upload(backoffice, z, formulier(pdf('x'), 'bezwaar.pdf', { informatieobjecttypeId: iot.id })),
    );
    expect(vreemd.errors).toEqual([
      {
        veld: 'informatieobjecttypeId',
        melding: 'Dit informatieobjecttype hoort niet bij het zaaktype van de zaak.',
      },
    ]);
    await env.runtime.db.execute(
      sql`insert into zaaktype_informatieobjecttype (zaaktype_id, informatieobjecttype_id, volgnummer) values (${zt.id}, ${iot.id}, 1)`,
    );
    const res = await upload(
      backoffice,
      z,
      formulier(pdf('x'), 'bezwaar.pdf', {
        informatieobjecttypeId: iot.id,
        titel: 'Bezwaarschrift van de inwoner',
        vertrouwelijkheid: 'zaakvertrouwelijk',
      }),
    );
    expect(res.status).toBe(201);
    expect(await json<Document>(res)).toMatchObject({
      titel: 'Bezwaarschrift van de inwoner',
      vertrouwelijkheid: 'zaakvertrouwelijk',
      informatieobjecttypeOmschrijving: 'Bezwaarschrift',
    });
  });

  it('biedt het bestand aan onder zijn oorspronkelijke naam, altijd als bijlage en zonder dat de naam de header kan breken', async () => {
    const z = await maakZaak();
    const d = await json<Document>(
      upload(backoffice, z, formulier(pdf('x'), 'Besluit "definitief" – €.pdf')),
    );
    const res = await backoffice.get(documentPad(z, d, 'inhoud'));
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Besluit _definitief_ _ _.pdf"; filename*=UTF-8''Besluit%20%22definitief%22%20%E2%80%93%20%E2%82%AC.pdf`,
    );
  });

  it('gebruikt de bestandsnaam nooit als pad: een naam met ../ komt alleen als naam terug en er landt niets buiten de opslag', async () => {
    const z = await maakZaak();
    const d = await json<Document>(upload(backoffice, z, formulier(pdf('x'), '../../../buiten.pdf')));
    expect(d.bestandsnaam).toBe('buiten.pdf');
    const d2 = await json<Document>(
      upload(backoffice, z, formulier(pdf('y'), '..\\..\\windows\\buiten2.pdf')),
    );
    expect(d2.bestandsnaam).toBe('buiten2.pdf');
    for (const naam of ['buiten.pdf', 'buiten2.pdf']) {
      expect(existsSync(path.join(MAP, naam))).toBe(false);
      expect(existsSync(path.resolve(MAP, '../../..', naam))).toBe(false);
    }
    const bestanden = readdirSync(MAP, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(bestanden.length).toBeGreaterThan(0);
    for (const b of bestanden) {
      expect(b.name).toMatch(/^[0-9a-f]{32}$/);
      expect(path.relative(MAP, b.parentPath)).toBe(b.name.slice(0, 2));
    }
  });

  it('weigert een bestand dat beschadigd of weg is bij het downloaden, in plaats van het ongemerkt door te geven', async () => {
    const z = await maakZaak();
    const d = await json<Document>(upload(backoffice, z, formulier(pdf('origineel'), 'brief.pdf')));
    const [v] = await rijen<{ sleutel: string }>(
      env.runtime.db,
      sql`select opslagsleutel as sleutel from zaak_document_versie where document_id = ${d.id}`,
    );
    writeFileSync(path.join(MAP, v.sleutel.slice(0, 2), v.sleutel), pdf('vervalst'));
    const res = await backoffice.get(documentPad(z, d, 'inhoud'));
    expect(res.status).toBe(500);
    expect((await json<Fout>(res)).detail).toMatch(/controlegetal \(sha256\)/);
    rmSync(path.join(MAP, v.sleutel.slice(0, 2), v.sleutel));
    expect((await backoffice.get(documentPad(z, d, 'inhoud'))).status).toBe(500);
  });
});

describe('grenzen aan wat een document mag zijn', () => {
  it('weigert een te groot bestand met 413, ook een body die veel groter is dan de grens, en schrijft dan niets', async () => {
    const z = await maakZaak();
    const voor = readdirSync(MAP, { recursive: true }).length;
    for (const grootte of [MAX + 1, MAX * 4]) {
      const inhoud = Buffer.concat([pdf('groot'), Buffer.alloc(grootte)]);
      const res = await upload(backoffice, z, formulier(inhoud, 'groot.pdf'));
      expect(res.status).toBe(413);
      expect((await json<Fout>(res)).detail).toBe('Het bestand is groter dan 0,1 MB.');
    }
    expect(readdirSync(MAP, { recursive: true }).length).toBe(voor);
    expect(
      (await json<{ items: unknown[] }>(backoffice.get(`/api/v1/zaken/${z.id}/documenten`))).items,
    ).toEqual([]);
  });

  it('weigert een soort bestand dat niet mag, een bestand waarvan de inhoud niet bij de naam past, een leeg bestand en geen bestand', async () => {
    const z = await maakZaak();
    const fout = async (f: FormData) => {
      const res = await upload(backoffice, z, f);
      expect([400, 422]).toContain(res.status);
      return (await json<Fout>(res)).errors?.find((e) => e.veld === 'bestand')?.melding;
    };
    expect(await fout(formulier(Buffer.from('MZ'), 'programma.exe'))).toMatch(
      /^Dit soort bestand kan niet bij een zaak\. Toegestaan zijn: PDF, Word/,
    );
    expect(await fout(formulier(Buffer.from('<html>'), 'pagina.html'))).toMatch(/Dit soort bestand kan niet/);
    expect(await fout(formulier(Buffer.from('MZ\x90\x00'), 'factuur.pdf'))).toBe(
      'Dit bestand heet PDF, maar de inhoud is geen PDF-bestand.',
    );
    expect(await fout(formulier(Buffer.alloc(0), 'leeg.pdf'))).toBe('Het bestand is leeg.');
    const zonder = new FormData();
    zonder.set('titel', 'Geen bestand');
    expect(await fout(zonder)).toBe('Kies een bestand.');
    expect(
      (await json<{ items: unknown[] }>(backoffice.get(`/api/v1/zaken/${z.id}/documenten`))).items,
    ).toEqual([]);
  });
});

describe('vergrendelen en versies', () => {
  it('laat één medewerker tegelijk bewerken: een ander krijgt 409 met wie het document heeft', async () => {
    const z = await maakZaak();
    const d = await json<Document>(upload(backoffice, z, formulier(pdf('v1'), 'brief.pdf')));
    const gezet = await backoffice.post(documentPad(z, d, 'vergrendeling'));
    expect(gezet.status).toBe(200);
    expect(await json<Document>(gezet)).toMatchObject({
      vergrendeldDoorNaam: 'Pieter Jansen',
      mag: { vergrendelen: false, ontgrendelen: true, nieuweVersie: true },
    });
    const tweede = await collega.post(documentPad(z, d, 'vergrendeling'));
    expect(tweede.status).toBe(409);
    const fout = await json<Fout>(tweede);
    expect(fout.detail).toMatch(
      /^Dit document is vergrendeld door Pieter Jansen sinds .+: alleen die medewerker/,
    );
    expect(fout.huidig?.mag).toEqual({ vergrendelen: false, ontgrendelen: false, nieuweVersie: false });
    expect((await backoffice.post(documentPad(z, d, 'vergrendeling'))).status).toBe(409);
  });

  it('geeft van twee die tegelijk vergrendelen er één het document en de ander 409 met diens naam', async () => {
    const z = await maakZaak();
    const d = await json<Document>(upload(backoffice, z, formulier(pdf('x'), 'brief.pdf')));
    const antwoorden = await Promise.all(
      [backoffice, collega].map((door) => door.post(documentPad(z, d, 'vergrendeling'))),
    );
    expect(antwoorden.map((r) => r.status).sort()).toEqual([200, 409]);
    const winnaar = await json<Document>(antwoorden.find((r) => r.status === 200) as Response);
    const fout = await json<Fout>(antwoorden.find((r) => r.status === 409) as Response);
    expect(fout.detail).toContain(`vergrendeld door ${winnaar.vergrendeldDoorNaam}`);
  });

  it('neemt een nieuwe versie alleen aan van wie het document vergrendelde, van hetzelfde soort; die heft de vergrendeling op en elke versie blijft', async () => {
    const z = await maakZaak();
    const v1 = pdf('versie 1');
    const v2 = pdf('versie 2');
    const d = await json<Document>(upload(backoffice, z, formulier(v1, 'brief.pdf')));
    const zonderSlot = await backoffice.post(documentPad(z, d, 'versies'), formulier(v2, 'brief.pdf'));
    expect(zonderSlot.status).toBe(409);
    expect((await json<Fout>(zonderSlot)).detail).toMatch(/^Vergrendel het document eerst/);
    await backoffice.post(documentPad(z, d, 'vergrendeling'));
    const ander = await collega.post(documentPad(z, d, 'versies'), formulier(v2, 'brief.pdf'));
    expect(ander.status).toBe(409);
    expect((await json<Fout>(ander)).detail).toMatch(/vergrendeld door Pieter Jansen/);
    const anderSoort = await backoffice.post(
      documentPad(z, d, 'versies'),
      formulier(Buffer.from('tekst'), 'brief.txt'),
    );
    expect(anderSoort.status).toBe(422);
    expect((await json<Fout>(anderSoort)).detail).toBe(
      'Een nieuwe versie moet hetzelfde soort bestand zijn als het document (PDF).',
    );
    const res = await backoffice.post(documentPad(z, d, 'versies'), formulier(v2, 'brief-nieuw.pdf'));
    expect(res.status).toBe(200);
    const nieuw = await json<Document>(res);
    expect(nieuw).toMatchObject({ versie: 2, vergrendeldDoorNaam: null, bestandsnaam: 'brief.pdf' });
    expect(nieuw.versies.map((v) => [v.versie, v.sha256])).toEqual([
      [2, sha(v2)],
      [1, sha(v1)],
    ]);
    expect(sha(await (await backoffice.get(documentPad(z, d, 'inhoud'))).arrayBuffer())).toBe(sha(v2));
    expect(sha(await (await backoffice.get(documentPad(z, d, 'inhoud?versie=1'))).arrayBuffer())).toBe(
      sha(v1),
    );
    expect((await backoffice.get(documentPad(z, d, 'inhoud?versie=3'))).status).toBe(404);
    expect((await backoffice.post(documentPad(z, d, 'versies'), formulier(v2, 'brief.pdf'))).status).toBe(
      409,
    );
  });

  it('laat de vergrendeling opheffen door wie haar heeft, verbreken door key user of beheerder (gelogd), maar niet door een gewone collega', async () => {
    const z = await maakZaak();
    const d = await json<Document>(upload(backoffice, z, formulier(pdf('x'), 'brief.pdf')));
    await backoffice.post(documentPad(z, d, 'vergrendeling'));
    const collegaRes = await collega.post(documentPad(z, d, 'ontgrendeling'));
    expect(collegaRes.status).toBe(403);
    expect((await json<Fout>(collegaRes)).detail).toMatch(/^Dit document is vergrendeld door Pieter Jansen/);
    expect((await kcc.post(documentPad(z, d, 'ontgrendeling'))).status).toBe(403);
    expect((await backoffice.post(documentPad(z, d, 'ontgrendeling'))).status).toBe(204);
    expect((await backoffice.post(documentPad(z, d, 'ontgrendeling'))).status).toBe(409);
    await backoffice.post(documentPad(z, d, 'vergrendeling'));
    expect((await keyuser.post(documentPad(z, d, 'ontgrendeling'))).status).toBe(204);
    await collega.post(documentPad(z, d, 'vergrendeling'));
    expect((await beheerder.post(documentPad(z, d, 'ontgrendeling'))).status).toBe(204);
    const acties = await auditActies(z.id);
    expect(acties.filter((a) => a.startsWith('zaak.document-vergrendeling-verbroken'))).toHaveLength(2);
    expect(acties).toContain('zaak.document-ontgrendeld');
    const zaak = await json<Zaak>(backoffice.get(`/api/v1/zaken/${z.id}`));
    expect(zaak.logboek.filter((l) => /verbroken/.test(l.tekst)).map((l) => l.tekst)).toEqual([
      expect.stringMatching(
        /^Vergrendeling van document "brief" verbroken \(was vergrendeld door Pieter Jansen/,
      ),
      expect.stringMatching(/verbroken \(was vergrendeld door Karin Collega/),
    ]);
  });

  it('sluit een zaak niet af zolang een document vergrendeld is; daarna wel, en dan kan er geen document meer bij', async () => {
    const z = await maakZaak();
    const d = await json<Document>(upload(backoffice, z, formulier(pdf('x'), 'brief.pdf')));
    await backoffice.post(documentPad(z, d, 'vergrendeling'));
    const geweigerd = await backoffice.post(`/api/v1/zaken/${z.id}/afsluiting`, {
      resultaattypeId: zt.verleend,
    });
    expect(geweigerd.status).toBe(422);
    expect((await json<Fout>(geweigerd)).detail).toBe('Een document is vergrendeld: iemand bewerkt het nog.');
    await backoffice.post(documentPad(z, d, 'ontgrendeling'));
    expect(
      (await backoffice.post(`/api/v1/zaken/${z.id}/afsluiting`, { resultaattypeId: zt.verleend })).status,
    ).toBe(200);
    const bestanden = () =>
      readdirSync(MAP, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const voor = bestanden().length;
    const laat = await upload(backoffice, z, formulier(pdf('x'), 'laat.pdf'));
    expect(laat.status).toBe(409);
    expect((await json<Fout>(laat)).detail).toBe('Deze zaak is al afgesloten.');
    // The content was stored before the zaak refused it: it is gone again.
    expect(bestanden()).toHaveLength(voor);
    expect((await backoffice.post(documentPad(z, d, 'vergrendeling'))).status).toBe(409);
    expect((await backoffice.get(documentPad(z, d, 'inhoud'))).status).toBe(200);
  });
});

describe('wie de documenten ziet', () => {
  it('geeft de balie, die alleen de stand van de zaak ziet, geen documenten: niet in de lijst, niet als download, niet in de historie', async () => {
    const z = await maakZaak();
    const d = await json<Document>(upload(backoffice, z, formulier(pdf('x'), 'Medisch advies.pdf')));
    const lijst = await kcc.get(`/api/v1/zaken/${z.id}/documenten`);
    expect(lijst.status).toBe(403);
    expect((await json<Fout>(lijst)).detail).toBe(
      'De documenten van deze zaak ziet alleen het team dat haar behandelt.',
    );
    expect((await kcc.get(documentPad(z, d, 'inhoud'))).status).toBe(403);
    const gezien = await json<Zaak>(kcc.get(`/api/v1/zaken/${z.id}`));
    expect(gezien.niveau).toBe('status');
    expect(gezien.logboek.some((l) => l.soort === 'document')).toBe(false);
    expect((await kcc.post(documentPad(z, d, 'vergrendeling'))).status).toBe(403);
    expect((await upload(kcc, z, formulier(pdf('x'), 'ook.pdf'))).status).toBe(403);
  });

  it('verbergt de zaak en haar documenten voor een team dat er niets mee heeft', async () => {
    const z = await maakZaak();
    const d = await json<Document>(upload(backoffice, z, formulier(pdf('x'), 'brief.pdf')));
    const teamleider = await env.login('teamleider');
    // The KCC's teamleider keeps regie: reads the zaak fully, documents included.
    expect((await teamleider.get(`/api/v1/zaken/${z.id}/documenten`)).status).toBe(200);
    const ander = await env.login('redacteur');
    expect((await ander.get(documentPad(z, d, 'inhoud'))).status).toBe(403);
  });
});
