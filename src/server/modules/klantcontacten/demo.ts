import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context';
import { type Willekeurig, willekeurig } from '../../platform/random';
import { productenMetUplNaam, zoekProducten } from '../catalogus/producten';
import { listMedewerkers } from '../organisatie/operations/medewerker-lezen';
import { demoPartijIds } from '../partijen/demo';
import { klantcontact, vraag } from './schema';
import type { Kanaal, Uitkomst } from './waarden';

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
/** The questions handed over with a contactverzoek are seeded with those requests (demoContactenVoorVerzoeken). */
const uitkomstVerdeling: [Uitkomst, number][] = [
  ['afgehandeld', 80],
  ['doorverbonden-gelukt', 7],
  ['doorverbonden-niet-gelukt', 3],
  ['zaak', 6],
  ['doorverwezen', 4],
];
/** UPL names of what residents ask most. */
const vaakGevraagd = [
  'paspoort',
  'identiteitskaart',
  'rijbewijs',
  'verhuismelding',
  'afvalinzameling grofvuil',
  'afvalcontainer',
  'parkeervergunning',
  'belastingkwijtschelding',
  'woz-beschikking',
  'omgevingsvergunning',
  'bijstand',
  'brp-uittreksel',
  'huwelijk',
  'melding openbare ruimte (algemeen)',
  'wmo-voorziening',
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

/** A request of the demo that came from a call, and what the contact needs of it. */
export interface VerzoekBron {
  ontvangen: Date;
  partijId: string | null;
  productId: string | null;
  onderwerp: string;
  vraag: string;
}

const CONTACTEN_VOOR_VERZOEKEN = `
  with k as (select * from jsonb_to_recordset($1::jsonb) k(id uuid, vraag_id uuid, kanaal text, partij_id uuid,
               medewerker_id uuid, team_id uuid, start timestamptz, einde timestamptz, product_id uuid,
               onderwerp text, vraag text)),
  contacten as (
    insert into klantcontact (id, kanaal, partij_id, medewerker_id, team_id, status, start, einde)
    select id, kanaal, partij_id, medewerker_id, team_id, 'afgerond', start, einde from k returning id)
  insert into vraag (id, klantcontact_id, volgnummer, product_id, onderwerp, vraag, uitkomst)
  select k.vraag_id, k.id, 1, k.product_id, k.onderwerp, k.vraag, 'contactverzoek'
  from k join contacten c on c.id = k.id`;

/**
 * The contacts the demo's contactverzoeken came from: one per request, a few minutes before it
 * was received, taken by one of the KCC agents, its one question handed over with a request.
 * Returns, in the order given, the contact, its question and the agent.
 */
export async function demoContactenVoorVerzoeken(ctx: AppContext, verzoeken: VerzoekBron[]) {
  const r = willekeurig(2027);
  const agenten = (await listMedewerkers(ctx.db, { page: 1, pageSize: 100, rol: 'kcc-medewerker' })).items;
  const rijen = verzoeken.map((v) => {
    const agent = r.kies(agenten);
    return {
      id: randomUUID(),
      vraag_id: randomUUID(),
      kanaal: gewogen(r, kanaalVerdeling),
      partij_id: v.partijId,
      medewerker_id: agent.id,
      medewerker_naam: agent.naam,
      team_id: agent.teams[0]?.id ?? null,
      start: new Date(v.ontvangen.getTime() - r.geheel(180, 900) * 1000).toISOString(),
      einde: v.ontvangen.toISOString(),
      product_id: v.productId,
      onderwerp: v.onderwerp,
      vraag: v.vraag,
    };
  });
  await ctx.database.raw.executeSql(CONTACTEN_VOOR_VERZOEKEN, [JSON.stringify(rijen)]);
  return rijen.map((k) => ({
    klantcontactId: k.id,
    vraagId: k.vraag_id,
    medewerkerId: k.medewerker_id,
    medewerkerNaam: k.medewerker_naam,
  }));
}
