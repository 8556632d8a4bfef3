import type { Queryable } from '../../platform/db/client';
import { normaliseerNaam } from '../../platform/db/zoek';
import { type Willekeurig, willekeurig } from '../../platform/random';
import { hrVestiging } from './schema';

const branches = [
  'Bakkerij',
  'Installatiebedrijf',
  'Kapsalon',
  'Café',
  'Garage',
  'Adviesbureau',
  'Schildersbedrijf',
  'Bloemist',
  'Administratiekantoor',
  'Fietsenmaker',
  'Restaurant',
  'Bouwbedrijf',
  'Hoveniersbedrijf',
  'Slagerij',
  'Fysiotherapie',
  'Kinderopvang',
];
const namen = [
  'De Vries',
  'Jansen',
  'Van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'De Boer',
  'Mulder',
  'De Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Van Leeuwen',
  'Dekker',
  'Brouwer',
  'De Wit',
  'Dijkstra',
  'Yilmaz',
  'El Amrani',
  'Nguyen',
];
const vormen = ['', ' B.V.', ' V.O.F.', ' & Zn.', ' Holding B.V.'];
const straten = [
  'Marktstraat',
  'Kerkplein',
  'Stationsweg',
  'Industrieweg',
  'Havenkade',
  'Molenlaan',
  'Dorpsstraat',
  'Nieuwe Binnenweg',
  'Ambachtsweg',
  'Boterdiep',
];

/** Nine digits whose elfproef holds, as an RSIN must. */
export function rsinMet(r: Willekeurig): string {
  for (;;) {
    const cijfers = Array.from({ length: 8 }, (_, i) => (i === 0 ? r.geheel(1, 9) : r.geheel(0, 9)));
    const som = cijfers.reduce((acc, c, i) => acc + c * (9 - i), 0);
    const laatste = som % 11;
    if (laatste <= 9) return [...cijfers, laatste].join('');
  }
}

function vestiging(r: Willekeurig, i: number): typeof hrVestiging.$inferInsert {
  const handelsnaam = `${r.kies(branches)} ${r.kies(namen)}${r.kies(vormen)}`;
  const tweedeNaam = r.getal() < 0.2 ? [`${r.kies(namen)} ${r.kies(branches).toLowerCase()}`] : [];
  const kvkNummer = String(30_000_000 + i * 7919 + r.geheel(0, 7918)).padStart(8, '0');
  return {
    vestigingsnummer: String(1_000_000 + i * 131 + r.geheel(0, 130)).padStart(12, '0'),
    kvkNummer,
    rsin: rsinMet(r),
    handelsnamen: [handelsnaam, ...tweedeNaam],
    zoeknaam: normaliseerNaam([handelsnaam, ...tweedeNaam].join(' ')),
    straat: r.kies(straten),
    huisnummer: r.geheel(1, 250),
    huisletter: r.getal() < 0.1 ? r.kies(['A', 'B', 'C']) : null,
    toevoeging: null,
    postcode: `${r.geheel(3011, 3089)}${String.fromCharCode(65 + r.geheel(0, 25), 65 + r.geheel(0, 25))}`,
    woonplaats: 'Voorbeeldstad',
    hoofdvestiging: true,
  };
}

export function genereerVestigingen(aantal: number, seed = 2026): (typeof hrVestiging.$inferInsert)[] {
  const r = willekeurig(seed);
  return Array.from({ length: aantal }, (_, i) => vestiging(r, i));
}

export async function loadHrDemo(db: Queryable, aantal = 400): Promise<void> {
  const rijen = genereerVestigingen(aantal);
  for (let i = 0; i < rijen.length; i += 200)
    await db
      .insert(hrVestiging)
      .values(rijen.slice(i, i + 200))
      .onConflictDoNothing();
}
