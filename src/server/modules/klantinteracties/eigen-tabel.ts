import { asc, eq, inArray, type SQL, type Subquery, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit';
import type { Tx } from '../../platform/db/client';
import { klantcontactView } from '../klantcontacten/views';
import { partijView } from '../partijen/views';
import {
  type Bron,
  type Filter,
  filterSchema as f,
  filter,
  type Json,
  type Relatie,
  type Weergave,
  zoekIn,
} from './bron';
import { ongeldigVeld } from './fouten';

/** A reference in a body that must point to an existing row. */
export interface Verwijst {
  veld: string;
  id: string | null | undefined;
  /** A table of this module, or another module's view. */
  tabel: PgTable | Subquery;
  kolom: PgColumn;
  wat: string;
}

export const naarPartij = (veld: string, id: string | null | undefined): Verwijst => ({
  veld,
  id,
  tabel: partijView,
  kolom: partijView.id,
  wat: 'Deze partij',
});
export const naarKlantcontact = (veld: string, id: string | null | undefined): Verwijst => ({
  veld,
  id,
  tabel: klantcontactView,
  kolom: klantcontactView.id,
  wat: 'Dit klantcontact',
});

export async function controleerVerwijzingen(tx: Tx, verwijzingen: Verwijst[]) {
  for (const v of verwijzingen) {
    if (!v.id) continue;
    const [rij] = await tx
      .select({ id: v.kolom })
      // biome-ignore lint/suspicious/noExplicitAny: any table with an id column
      .from(v.tabel as any)
      .where(eq(v.kolom, v.id));
    if (!rij) throw ongeldigVeld(v.veld, `${v.wat} bestaat niet.`, 'does_not_exist');
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a table of this module with an id column
type Tabel = PgTable & { id: PgColumn } & Record<string, any>;

interface EigenTabel<T extends Tabel, I> {
  pad: string;
  naam: string;
  /** Audit object type, e.g. `categorie`. */
  object: string;
  tabel: T;
  filters: Record<string, Filter>;
  volgorde?: (PgColumn | SQL)[];
  /** When a row needs more than its own columns to be shown. */
  lees?: Bron<T['$inferSelect'] & { id: string }>['lees'];
  toon: (rij: T['$inferSelect'], w: Weergave) => Json;
  invoer: z.ZodType<I>;
  waarden: (invoer: I) => Partial<T['$inferInsert']>;
  verwijzingen?: (invoer: I) => Verwijst[];
  relaties?: Record<string, Relatie<T['$inferSelect']>>;
  expandPaden?: string[];
  /** Extra rules inside the write transaction. */
  controleer?: (tx: Tx, invoer: I, id: string | null) => Promise<void>;
}

/**
 * A resource Stadspunt has no counterpart for: a small table of this module, written with
 * its references checked and an audit line, all in one transaction.
 */
export function eigenTabel<T extends Tabel, I>(
  o: EigenTabel<T, I>,
): Bron<T['$inferSelect'] & { id: string }> {
  const actie = (wat: string) => `klantinteracties.${o.object}.${wat}`;
  const schrijf = async (tx: Tx, invoer: I, id: string | null) => {
    await controleerVerwijzingen(tx, o.verwijzingen?.(invoer) ?? []);
    await o.controleer?.(tx, invoer, id);
  };
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's generic table types do not narrow here
  const t = o.tabel as any;
  return {
    pad: o.pad,
    naam: o.naam,
    filters: o.filters,
    relaties: o.relaties,
    expandPaden: o.expandPaden,
    zoek: (db, waar, limit, offset) =>
      zoekIn(db, o.tabel, o.tabel.id, o.volgorde ?? [asc(o.tabel.id)], waar, limit, offset),
    lees: o.lees ?? (async (db, ids) => (await db.select().from(t).where(inArray(o.tabel.id, ids))) as never),
    toon: o.toon,
    schrijven: {
      invoer: o.invoer,
      maak: (ctx, actor, invoer) =>
        ctx.db.transaction(async (tx) => {
          await schrijf(tx, invoer, null);
          const [{ id }] = (await tx.insert(t).values(o.waarden(invoer)).returning({ id: o.tabel.id })) as {
            id: string;
          }[];
          await audit(tx, actor, { actie: actie('aangemaakt'), objectType: o.object, objectId: id });
          return id;
        }),
      wijzig: (ctx, actor, id, invoer) =>
        ctx.db.transaction(async (tx) => {
          await schrijf(tx, invoer, id);
          await tx.update(t).set(o.waarden(invoer)).where(eq(o.tabel.id, id));
          await audit(tx, actor, { actie: actie('gewijzigd'), objectType: o.object, objectId: id });
        }),
      verwijder: async (ctx, actor, id) => {
        await ctx.db.transaction(async (tx) => {
          await tx.delete(t).where(eq(o.tabel.id, id));
          await audit(tx, actor, { actie: actie('verwijderd'), objectType: o.object, objectId: id });
        });
        return undefined;
      },
    },
  };
}

/** Filters on the parts of a jsonb identificator column, named `<prefix>CodeObjecttype` etc. */
export function identificatorFilters(prefix: string, kolom: PgColumn): Record<string, Filter> {
  return Object.fromEntries(
    ['CodeObjecttype', 'CodeRegister', 'CodeSoortObjectId', 'ObjectId'].map((deel) => {
      const sleutel = deel[0].toLowerCase() + deel.slice(1);
      return [`${prefix}${deel}`, filter(f.tekst, (v: string) => sql`${kolom}->>${sleutel} = ${v}`)];
    }),
  );
}
