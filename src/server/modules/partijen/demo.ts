import { asc } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Queryable } from '../../platform/db/client';
import { inPorties } from '../../platform/db/porties';
import { normaliseerNaam } from '../../platform/db/zoek';
import { willekeurig } from '../../platform/random';
import { demoPersonen, demoVestigingen } from '../basisregistratie';
import { contactgegevenRij } from './operations/contactgegevens';
import { contactgegeven, partij } from './schema';

const voornamen = [
  'Anouk',
  'Bram',
  'Daan',
  'Emma',
  'Fleur',
  'Jesse',
  'Lisa',
  'Mohamed',
  'Noa',
  'Sem',
  'Yara',
  'Zeynep',
];

/** Parties the KCC has been in contact with: most persons of the test set and a set of companies. */
export async function seedPartijen(ctx: AppContext): Promise<void> {
  const r = willekeurig(31);
  const personen = (await demoPersonen(ctx.db, 450)).map((p) => ({
    soort: 'persoon' as const,
    bsn: p.bsn,
    naam: p.naam,
    zoeknaam: normaliseerNaam(p.naam),
  }));
  const organisaties = (await demoVestigingen(ctx.db, 150)).map((v) => ({
    soort: 'organisatie' as const,
    kvkNummer: v.kvkNummer,
    vestigingsnummer: v.vestigingsnummer,
    rsin: v.rsin,
    naam: v.naam,
    zoeknaam: normaliseerNaam(v.handelsnamen.join(' ')),
  }));
  await inPorties([...personen, ...organisaties], (portie) =>
    ctx.db.insert(partij).values(portie).onConflictDoNothing(),
  );
  const alle = await ctx.db
    .select({ id: partij.id, soort: partij.soort })
    .from(partij)
    .orderBy(asc(partij.naam));
  const contactpersonen = alle
    .filter((p) => p.soort === 'organisatie' && r.getal() < 0.5)
    .map((o) => {
      const naam = `${r.kies(voornamen)} ${r.kies(['de Vries', 'Jansen', 'Bakker', 'Visser', 'Yilmaz', 'Peeters'])}`;
      return { soort: 'contactpersoon' as const, organisatieId: o.id, naam, zoeknaam: normaliseerNaam(naam) };
    });
  await inPorties(contactpersonen, (portie) => ctx.db.insert(partij).values(portie));
  const gegevens = (await ctx.db.select({ id: partij.id, naam: partij.naam }).from(partij)).flatMap(
    (p, i) => {
      const rijen = [];
      if (r.getal() < 0.6)
        rijen.push(
          contactgegevenRij(p.id, 'telefoon', `06-${String(20_000_000 + i * 37).slice(0, 8)}`, 'mobiel'),
        );
      if (r.getal() < 0.4)
        rijen.push(
          contactgegevenRij(p.id, 'email', `${normaliseerNaam(p.naam).replace(/ /g, '.')}${i}@example.nl`),
        );
      return rijen;
    },
  );
  await inPorties(gegevens, (portie) => ctx.db.insert(contactgegeven).values(portie));
}

/** In name order, not id order: ids are random, and the demo must hand out the same parties every time. */
export async function demoPartijIds(db: Queryable): Promise<{ id: string; soort: string; naam: string }[]> {
  return db
    .select({ id: partij.id, soort: partij.soort, naam: partij.naam })
    .from(partij)
    .orderBy(asc(partij.naam), asc(partij.id));
}
