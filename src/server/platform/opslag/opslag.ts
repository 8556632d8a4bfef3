import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the content of documents lives, by a key the store hands out. The key is all a caller
 * gives back: never a file name, so nothing a user typed reaches a path.
 */
export interface Opslag {
  put(sleutel: string, inhoud: Buffer): Promise<void>;
  /** The content; OntbrekendBestand when nothing is stored under the key. */
  get(sleutel: string): Promise<Buffer>;
  /** Removes the content; a key with nothing under it is no error. */
  delete(sleutel: string): Promise<void>;
}

export class OntbrekendBestand extends Error {
  constructor(sleutel: string) {
    super(`Geen bestand onder opslagsleutel ${sleutel}.`);
  }
}

const SLEUTEL = /^[0-9a-f]{32}$/;

/** A new random key: 128 bits, hexadecimal. */
export const nieuweSleutel = () => randomBytes(16).toString('hex');

/** The key itself when the store could have handed it out; anything else is refused. */
export function geldigeSleutel(sleutel: string): string {
  if (!SLEUTEL.test(sleutel)) throw new Error(`Ongeldige opslagsleutel: ${JSON.stringify(sleutel)}.`);
  return sleutel;
}

/** A folder on the local disk: each file under a subfolder of its key's first two characters. */
export function lokaleOpslag(map: string): Opslag {
  const wortel = path.resolve(map);
  const pad = (sleutel: string) => path.join(wortel, sleutel.slice(0, 2), geldigeSleutel(sleutel));
  return {
    async put(sleutel, inhoud) {
      const doel = pad(sleutel);
      await mkdir(path.dirname(doel), { recursive: true });
      // Written beside it and renamed: a reader never sees half a file, a crash leaves no key.
      const tijdelijk = `${doel}.${nieuweSleutel()}.deel`;
      await writeFile(tijdelijk, inhoud, { flag: 'wx' });
      await rename(tijdelijk, doel);
    },
    async get(sleutel) {
      try {
        return await readFile(pad(sleutel));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new OntbrekendBestand(sleutel);
        throw e;
      }
    },
    async delete(sleutel) {
      await rm(pad(sleutel), { force: true });
    },
  };
}
