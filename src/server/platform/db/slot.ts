import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** The embedded database allows one process per data folder; this file in it names that process. */
export const SLOTBESTAND = 'stadspunt.pid';

interface Houder {
  pid: number;
  host: string;
  sinds: string;
}

export interface Slot {
  geefVrij(): void;
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function houderVan(bestand: string): Houder | undefined {
  try {
    return JSON.parse(readFileSync(bestand, 'utf8')) as Houder;
  } catch {
    return undefined;
  }
}

/**
 * The process that has the folder open, if it is not this one and still runs. A file left by a
 * process that was killed, or by this process's pid in an earlier life (a restarted container), is
 * stale; one written on another host cannot be checked, so it counts.
 */
function andereHouder(bestand: string): Houder | undefined {
  const houder = houderVan(bestand);
  if (!houder) return undefined;
  if (houder.host === hostname() && (houder.pid === process.pid || !leeft(houder.pid))) return undefined;
  return houder;
}

const inGebruik = (map: string, h: Houder, bestand: string) =>
  new Error(
    `De datamap ${map} is in gebruik door Stadspunt (proces ${h.pid} op ${h.host}, sinds ${h.sinds}). ` +
      'Stop die server eerst: de ingebouwde database hoort bij één proces tegelijk. ' +
      `Draait hij zeker niet meer, verwijder dan ${bestand}.`,
  );

/** Claims the data folder for this process, or refuses while another one has it. */
export function neemDatamap(map: string): Slot {
  const bestand = path.join(map, SLOTBESTAND);
  const houder = andereHouder(bestand);
  if (houder) throw inGebruik(map, houder, bestand);
  mkdirSync(map, { recursive: true });
  rmSync(bestand, { force: true });
  const ik: Houder = { pid: process.pid, host: hostname(), sinds: new Date().toISOString() };
  try {
    writeFileSync(bestand, JSON.stringify(ik), { flag: 'wx' });
  } catch {
    // Another process claimed it between the check and the write.
    throw inGebruik(map, houderVan(bestand) ?? ik, bestand);
  }
  return {
    geefVrij() {
      if (houderVan(bestand)?.pid === process.pid) rmSync(bestand, { force: true });
    },
  };
}
