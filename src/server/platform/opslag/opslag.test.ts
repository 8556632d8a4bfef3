import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestBucket, testBucket } from '../../testing/s3';
import { lokaleOpslag, nieuweSleutel, OntbrekendBestand, type Opslag } from './opslag';
import { s3Opslag } from './s3';

const map = mkdtempSync(path.join(tmpdir(), 'opslag-'));
let bucket: TestBucket;
beforeAll(async () => {
  bucket = await testBucket();
});
afterAll(async () => {
  rmSync(map, { recursive: true, force: true });
  await bucket.stop();
});

const stores: [string, () => Opslag][] = [
  ['the local file store', () => lokaleOpslag(path.join(map, 'documenten'))],
  ['the S3 store', () => s3Opslag(bucket.config)],
];

describe.each(stores)('%s', (_naam, maak) => {
  it('gives back what was put under a key, and after delete reports it missing', async () => {
    const opslag = maak();
    const sleutel = nieuweSleutel();
    const inhoud = Buffer.from([0, 255, 10, 13, ...Buffer.from('inhoud')]);
    await opslag.put(sleutel, inhoud);
    expect((await opslag.get(sleutel)).equals(inhoud)).toBe(true);
    await opslag.delete(sleutel);
    await expect(opslag.get(sleutel)).rejects.toBeInstanceOf(OntbrekendBestand);
    await opslag.delete(sleutel);
  });

  it('reports a key that was never written as missing', async () => {
    await expect(maak().get(nieuweSleutel())).rejects.toBeInstanceOf(OntbrekendBestand);
  });

  it('refuses every key it did not hand out, so no path leaves the folder or the prefix', async () => {
    const opslag = maak();
    for (const sleutel of ['../buiten', '/etc/passwd', '..', `${nieuweSleutel()}/../x`, 'brief.pdf', '']) {
      await expect(opslag.put(sleutel, Buffer.from('x'))).rejects.toThrow(/Ongeldige opslagsleutel/);
      await expect(opslag.get(sleutel)).rejects.toThrow(/Ongeldige opslagsleutel/);
    }
  });
});

describe('the local file store', () => {
  it('keeps each file under the key alone, without leftovers of the write', async () => {
    const sleutel = nieuweSleutel();
    await lokaleOpslag(path.join(map, 'documenten')).put(sleutel, Buffer.from('x'));
    expect(readdirSync(path.join(map, 'documenten', sleutel.slice(0, 2)))).toEqual([sleutel]);
    expect(existsSync(path.join(map, 'buiten'))).toBe(false);
  });
});

describe('the S3 store', () => {
  it('writes one object per key under the configured prefix', async () => {
    const sleutel = nieuweSleutel();
    await s3Opslag(bucket.config).put(sleutel, Buffer.from('brief'));
    expect(await bucket.sleutels()).toContain(`stadspunt/documenten/${sleutel}`);
  });

  it.each([
    ['an unknown access key', { accessKeyId: 'ONBEKEND' }, /InvalidAccessKeyId|access key/i],
    ['a bucket that does not exist', { bucket: 'bestaat-niet' }, /bucket/i],
  ])('passes a refusal for %s on as an error, never as a missing file', async (_n, anders, melding) => {
    const fout = s3Opslag({ ...bucket.config, ...anders });
    const sleutel = nieuweSleutel();
    await expect(fout.put(sleutel, Buffer.from('x'))).rejects.toThrow(melding);
    const gelezen = fout.get(sleutel);
    await expect(gelezen).rejects.toThrow(melding);
    await expect(gelezen).rejects.not.toBeInstanceOf(OntbrekendBestand);
  });
});
