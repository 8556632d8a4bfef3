import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lokaleOpslag, nieuweSleutel, OntbrekendBestand } from './opslag';

const map = mkdtempSync(path.join(tmpdir(), 'opslag-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));
const opslag = lokaleOpslag(path.join(map, 'documenten'));

describe('the local file store', () => {
  it('gives back what was put under a key, and after delete reports it missing', async () => {
    const sleutel = nieuweSleutel();
    await opslag.put(sleutel, Buffer.from('inhoud'));
    expect((await opslag.get(sleutel)).toString()).toBe('inhoud');
    await opslag.delete(sleutel);
    await expect(opslag.get(sleutel)).rejects.toBeInstanceOf(OntbrekendBestand);
    await opslag.delete(sleutel);
  });

  it('keeps each file under the key alone, without leftovers of the write', async () => {
    const sleutel = nieuweSleutel();
    await opslag.put(sleutel, Buffer.from('x'));
    const sub = path.join(map, 'documenten', sleutel.slice(0, 2));
    expect(readdirSync(sub)).toEqual([sleutel]);
  });

  it('refuses every key it did not hand out, so no path leaves the folder', async () => {
    for (const sleutel of ['../buiten', '/etc/passwd', '..', `${nieuweSleutel()}/../x`, 'brief.pdf', '']) {
      await expect(opslag.put(sleutel, Buffer.from('x'))).rejects.toThrow(/Ongeldige opslagsleutel/);
      await expect(opslag.get(sleutel)).rejects.toThrow(/Ongeldige opslagsleutel/);
    }
    expect(existsSync(path.join(map, 'buiten'))).toBe(false);
  });
});
