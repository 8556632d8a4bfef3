import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type TestOmgeving, teamsOpNaam, testOmgeving } from '../../../testing/harness';
import { type TestBucket, testBucket } from '../../../testing/s3';
import { testZaaktype } from '../../../testing/zaaktypen';

const MAP = mkdtempSync(path.join(tmpdir(), 'documenten-s3-test-'));
let bucket: TestBucket;
let env: TestOmgeving;

beforeAll(async () => {
  bucket = await testBucket('voorbeeldstad/');
  env = await testOmgeving({ documenten: { map: MAP, maxBytes: 64 * 1024, s3: bucket.config } });
});
afterAll(async () => {
  await env?.stop();
  await bucket?.stop();
  rmSync(MAP, { recursive: true, force: true });
});

describe('zaakdocumenten in an S3 bucket', () => {
  it('keeps the uploaded file as an object under the prefix, nothing on local disk, and hands it back whole', async () => {
    const backoffice = await env.login('backoffice');
    const teams = await teamsOpNaam(await env.login('beheerder'));
    const zt = await testZaaktype(env.runtime.db, teams.Belastingen);
    const zaak = await json<{ id: string }>(
      backoffice.post('/api/v1/zaken', { zaaktypeId: zt.id, omschrijving: 'Kwijtschelding 2026' }),
    );
    const inhoud = Buffer.from('%PDF-1.4\n% verzoek kwijtschelding\n%%EOF\n');
    const formulier = new FormData();
    formulier.set('bestand', new File([new Uint8Array(inhoud)], 'Verzoek.pdf'));
    const res = await backoffice.post(`/api/v1/zaken/${zaak.id}/documenten`, formulier);
    expect(res.status).toBe(201);
    const document = await json<{ id: string }>(res);

    const objecten = await bucket.sleutels();
    expect(objecten).toHaveLength(1);
    expect(objecten[0]).toMatch(/^voorbeeldstad\/[0-9a-f]{32}$/);
    expect(readdirSync(MAP)).toEqual([]);
    const download = await backoffice.get(`/api/v1/zaken/${zaak.id}/documenten/${document.id}/inhoud`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(inhoud);
  });
});
