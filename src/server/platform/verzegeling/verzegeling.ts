import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { geheim } from './schema';

/**
 * Seals a value (a BSN in a search result) into an opaque handle the browser can send back,
 * so that the screen can open a person it never saw the number of. AES-256-GCM with a key
 * kept in the database: every instance can open what another sealed; a handle expires.
 */
const NAAM = 'verzegeling';
const GELDIG_MS = 8 * 3_600_000;
const sleutels = new WeakMap<Db, Promise<Buffer>>();

async function laadSleutel(db: Db): Promise<Buffer> {
  await db
    .insert(geheim)
    .values({ naam: NAAM, waarde: randomBytes(32) })
    .onConflictDoNothing();
  const [rij] = await db.select().from(geheim).where(eq(geheim.naam, NAAM));
  return Buffer.from(rij.waarde);
}

function sleutelVan(db: Db): Promise<Buffer> {
  let sleutel = sleutels.get(db);
  if (!sleutel) {
    sleutel = laadSleutel(db);
    sleutel.catch(() => sleutels.delete(db));
    sleutels.set(db, sleutel);
  }
  return sleutel;
}

export async function verzegel(db: Db, waarde: string, nu: Date): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await sleutelVan(db), iv);
  const inhoud = Buffer.concat([
    cipher.update(JSON.stringify([waarde, nu.getTime() + GELDIG_MS])),
    cipher.final(),
  ]);
  return Buffer.concat([iv, cipher.getAuthTag(), inhoud]).toString('base64url');
}

/** The sealed value, or undefined when the handle is forged, damaged or expired. */
export async function ontzegel(db: Db, zegel: string, nu: Date): Promise<string | undefined> {
  const bytes = Buffer.from(zegel, 'base64url');
  if (bytes.length < 29) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', await sleutelVan(db), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const tekst = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    const [waarde, tot] = JSON.parse(tekst) as [string, number];
    return tot > nu.getTime() ? waarde : undefined;
  } catch {
    return undefined;
  }
}
