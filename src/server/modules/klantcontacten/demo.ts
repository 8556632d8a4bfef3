import type { AppContext } from '../../platform/context';
import { type Willekeurig, willekeurig } from '../../platform/random';
import { productenMetUplNaam, zoekProducten } from '../catalogus/producten';
import { listMedewerkers } from '../organisatie/operations/medewerker-lezen';
import { demoPartijIds } from '../partijen/demo';
import { type kanalen, klantcontact, type uitkomsten, vraag } from './schema';

type Kanaal = (typeof kanalen)[number];
type Uitkomst = (typeof uitkomsten)[number];

/** Weighted choice: [value, weight][]. */
function gewogen<T>(r: Willekeurig, opties: [T, number][]): T {
  let rest = r.getal() * opties.reduce((som, [, w]) => som + w, 0);
  for (const [waarde, gewicht] of opties) {
    rest -= gewicht;
    if (rest <= 0) return waarde;
  }
  return opties[0][0];
}

const kanaalVerdeling: [Kanaal, number][] = [
  ['telefoon', 55],
  ['balie', 12],
  ['e-mail', 14],
  ['webformulier', 8],
  ['chat', 6],
  ['post', 3],
  ['social media', 2],
];
const uitkomstVerdeling: [Uitkomst, number][] = [
  ['afgehandeld', 72],
  ['doorverbonden-gelukt', 6],
  ['doorverbonden-niet-gelukt', 3],
  ['contactverzoek', 12],
  ['zaak', 4],
  ['doorverwezen', 3],
];
const vaakGevraagd = [
  'paspoort',
  'identiteitskaart',
  'rijbewijs',
  'verhuizing',
  'afvalinzameling',
  'parkeervergunning',
  'kwijtschelding gemeentelijke belastingen',
  'WOZ-beschikking',
  'omgevingsvergunning',
  'bijstandsuitkering',
  'uittreksel basisregistratie personen',
  'huwelijk of partnerschap',
  'melding openbare ruimte',
  'hulpmiddelen Wmo',
];
const vragen: Record<string, string> = {
  telefoon: 'Belt met een vraag over',
  balie: 'Komt aan de balie voor',
  'e-mail': 'Mailt over',
  webformulier: 'Stuurt een webformulier over',
  chat: 'Chat over',
  post: 'Stuurt een brief over',
  'social media': 'Reageert via sociale media over',
};

function tijdstip(r: Willekeurig, nu: Date, kanaal: Kanaal): Date {
  const dag = new Date(nu.getTime() - r.geheel(1, 365) * 86_400_000);
  const weekdag = dag.getUTCDay();
  if ((weekdag === 0 || weekdag === 6) && (kanaal === 'telefoon' || kanaal === 'balie'))
    dag.setUTCDate(dag.getUTCDate() - 2);
  dag.setUTCHours(r.geheel(7, 15), r.geheel(0, 59), r.geheel(0, 59), 0);
  return dag;
}

/** A year of contacts over all channels, deterministic, so screens and dashboards show a true-to-life picture. */
export async function seedKlantcontacten(ctx: AppContext): Promise<void> {
  const aantal = ctx.config.demoKlantcontacten;
  const r = willekeurig(2026);
  const nu = ctx.now();
  const partijen = await demoPartijIds(ctx.db);
  const agenten = (await listMedewerkers(ctx.db, { page: 1, pageSize: 100, rol: 'kcc-medewerker' })).items;
  const producten = await productenMetUplNaam(ctx.db, vaakGevraagd);
  const alleProducten = await zoekProducten(ctx.db, '', 200);
  for (let blok = 0; blok < aantal; blok += 500) {
    const contacten = Array.from({ length: Math.min(500, aantal - blok) }, () => {
      const kanaal = gewogen(r, kanaalVerdeling);
      const start = tijdstip(r, nu, kanaal);
      const agent = r.kies(agenten);
      return {
        kanaal,
        partijId: r.getal() < 0.22 ? null : r.kies(partijen).id,
        medewerkerId: agent.id,
        teamId: agent.teams[0]?.id ?? null,
        status: 'afgerond' as const,
        start,
        einde: new Date(start.getTime() + r.geheel(60, 900) * 1000),
      };
    });
    const ids = await ctx.db
      .insert(klantcontact)
      .values(contacten)
      .returning({ id: klantcontact.id, kanaal: klantcontact.kanaal });
    const rijen = ids.flatMap(({ id, kanaal }) =>
      Array.from({ length: r.getal() < 0.15 ? 2 : 1 }, (_, i) => {
        const p = r.getal() < 0.8 ? r.kies(producten) : r.kies(alleProducten);
        const uitkomst = gewogen(r, uitkomstVerdeling);
        return {
          klantcontactId: id,
          volgnummer: i + 1,
          productId: p.id,
          onderwerp: p.naam,
          vraag: `${vragen[kanaal]} ${p.naam.toLowerCase()}.`,
          antwoord: uitkomst === 'afgehandeld' ? 'Uitleg gegeven en verwezen naar de website.' : '',
          uitkomst,
          doorverwezenNaar:
            uitkomst === 'doorverwezen' ? r.kies(['Belastingdienst', 'UWV', 'Politie', 'Waterschap']) : null,
        };
      }),
    );
    await ctx.db.insert(vraag).values(rijen);
  }
}
