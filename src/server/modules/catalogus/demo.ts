import { and, inArray, isNull, like, or } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import { alleTeams } from '../organisatie/operations/team-lezen';
import { product } from './schema';

/** The products each team of the demo municipality answers for, by UPL name; `*` ends a prefix. */
const productenPerTeam: Record<string, string[]> = {
  Burgerzaken: [
    'paspoort*',
    'identiteitskaart',
    'rijbewijs*',
    'verhuismelding',
    'brp-uittreksel*',
    'geboorteaangifte',
    'geboorteakte*',
    'huwelijk*',
    'geregistreerd partnerschap omzetting in huwelijk',
    'verklaring van huwelijksbevoegdheid',
    'overlijdensaangifte',
    'overlijdensakte',
    'naamskeuzeverklaring',
    'verklaring omtrent gedrag (vog)',
    'vluchtelingenpaspoort',
    'vreemdelingenpaspoort',
    'zakenpaspoort',
  ],
  Belastingen: [
    'belasting*',
    'woz-*',
    'onroerendezaakbelasting*',
    'hondenbelasting',
    'afvalstoffenheffing',
    'rioolheffing',
    'toeristenbelasting',
    'precariobelasting',
    'forensenbelasting',
    'reclamebelasting',
    'parkeerbelasting',
    'baatbelasting',
    'roerenderuimtebelasting',
  ],
  Vergunningen: [
    'omgevingsvergunning*',
    'evenementenvergunning',
    'terrasvergunning',
    'standplaatsvergunning',
    'marktvergunning',
    'alcoholvergunning',
    'horecabedrijf exploitatievergunning',
    'horecatijdenontheffing',
    'tapontheffing',
    'parkeervergunning',
    'parkeerontheffing*',
    'gehandicaptenparkeerplaats*',
    'collectevergunning',
    'ventvergunning',
    'objectvergunning',
    'verhuurvergunning',
    'huisvestingsvergunning',
    'stookontheffing',
    'geluidsontheffing',
    'winkeltijdenontheffing',
    'vuurwerkverkoopvergunning',
    'kansspelvergunning',
  ],
  'Openbare Ruimte': [
    'melding openbare ruimte*',
    'speelvoorziening kinderen',
    'overheidseigendom schademelding',
    'rioolonderhoud',
    'straatnaamgeving',
    'vellen houtopstand melding',
  ],
  'Werk & Inkomen': [
    'bijstand*',
    'bijzonderebijstandsuitkering',
    'individuele inkomenstoeslag',
    'schuldhulpverlening',
    're-integratie*',
    'sollicitatieplichtontheffing',
  ],
  'Zorg (Wmo)': [
    'wmo-voorziening',
    'huishoudelijke hulp',
    'hulpmiddel voor traplopen',
    'loophulpmiddel',
    'hoorhulpmiddel',
    'woonvoorziening gehandicapten en ouderen',
    'persoonsgebonden budget*',
    'jeugdhulp*',
    'jeugdgezondheidszorg',
    'leerlingenvervoer',
    'gehandicaptenparkeerkaart*',
  ],
  'Afval & Reiniging': [
    'afvalinzameling*',
    'afvalcontainer',
    'afvalinzamelstation',
    'afvalkalender',
    'afvalpas',
    'huishoudelijk afvalinzameling',
    'bedrijfsafvalinzameling',
  ],
};

/** Each product of the demo municipality with the team that really handles it. */
export async function seedProductTeams(ctx: AppContext): Promise<void> {
  const teams = new Map((await alleTeams(ctx.db)).map((t) => [t.naam, t.id]));
  for (const [naam, producten] of Object.entries(productenPerTeam)) {
    const teamId = teams.get(naam);
    if (!teamId) continue;
    const exact = producten.filter((p) => !p.endsWith('*'));
    const prefixen = producten
      .filter((p) => p.endsWith('*'))
      .map((p) => like(product.uplNaam, `${p.slice(0, -1)}%`));
    // A product named by two teams (a prefix and an exact name) stays with the first.
    await ctx.db
      .update(product)
      .set({ teamId })
      .where(and(isNull(product.teamId), or(inArray(product.uplNaam, exact), ...prefixen)));
  }
}
