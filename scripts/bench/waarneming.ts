// What PostgreSQL was doing while a benchmark phase ran: sampled from its statistics views, so
// a slow run can be explained by what the server did (autovacuum, checkpoints, lock waits)
// instead of guessed at.
import type { Database } from '../../src/server/platform/db/client';

export interface Waarneming {
  monsters: number;
  /** Share of samples in which an autovacuum worker ran, per table and phase. */
  autovacuum: Record<string, number>;
  /** What the client backends waited on, as a share of their busy samples. */
  wachten: Record<string, number>;
  checkpoints: number;
  /** Buffers the client backends had to write themselves (shared_buffers too small or bgwriter behind). */
  buffersDoorBackends: number;
}

const ACTIVITEIT = `select a.backend_type, a.wait_event_type, a.wait_event, a.state,
    v.relid::regclass::text as tabel, v.phase
  from pg_stat_activity a left join pg_stat_progress_vacuum v on v.pid = a.pid
  where a.pid <> pg_backend_pid() and a.datname = current_database()`;
const BGWRITER = `select checkpoints_timed + checkpoints_req as checkpoints, buffers_backend as backend
  from pg_stat_bgwriter`;

type Activiteit = {
  backend_type: string;
  wait_event_type: string | null;
  wait_event: string | null;
  state: string | null;
  tabel: string | null;
  phase: string | null;
};

const aandeel = (tellingen: Map<string, number>, totaal: number) =>
  Object.fromEntries(
    [...tellingen]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, n]) => [k, Math.round((100 * n) / Math.max(1, totaal))]),
  );

const tel = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Samples every `ms` while `doe` runs; on PGlite (no statistics collector of this kind) it only runs `doe`. */
export async function neemWaar<T>(
  db: Database,
  doe: () => Promise<T>,
  ms = 250,
): Promise<{ uitkomst: T; waarneming?: Waarneming }> {
  if (db.kind !== 'postgres') return { uitkomst: await doe() };
  const bg = async () =>
    (await db.raw.executeSql(BGWRITER, [])).rows[0] as { checkpoints: string; backend: string };
  const voor = await bg();
  const autovacuum = new Map<string, number>();
  const wachten = new Map<string, number>();
  let monsters = 0;
  let bezig = 0;
  let klaar = false;
  const bemonster = async () => {
    while (!klaar) {
      const rijen = (await db.raw.executeSql(ACTIVITEIT, [])).rows as Activiteit[];
      monsters++;
      for (const r of rijen) {
        if (r.backend_type === 'autovacuum worker' && r.tabel) tel(autovacuum, `${r.tabel} (${r.phase})`);
        if (r.backend_type === 'client backend' && r.state === 'active') {
          bezig++;
          tel(wachten, r.wait_event ? `${r.wait_event_type}:${r.wait_event}` : 'CPU');
        }
      }
      await new Promise((r) => setTimeout(r, ms));
    }
  };
  const monsteraar = bemonster();
  let uitkomst: T;
  try {
    uitkomst = await doe();
  } finally {
    klaar = true;
    await monsteraar;
  }
  const na = await bg();
  return {
    uitkomst,
    waarneming: {
      monsters,
      autovacuum: aandeel(autovacuum, monsters),
      wachten: aandeel(wachten, bezig),
      checkpoints: Number(na.checkpoints) - Number(voor.checkpoints),
      buffersDoorBackends: Number(na.backend) - Number(voor.backend),
    },
  };
}

export const beschrijf = (w?: Waarneming) =>
  w
    ? `autovacuum ${JSON.stringify(w.autovacuum)} · wachten ${JSON.stringify(w.wachten)} · checkpoints ${w.checkpoints} · buffers door backends ${w.buffersDoorBackends}`
    : 'geen waarneming (PGlite)';
