import { plusDagen } from '../../../shared/dagen';
import { type Periode, vorigePeriode } from '../contactverzoeken/rapportage/perioden';

/** What a norm is measured on in Stadspunt, or null where its data does not reach Stadspunt. */
export const NORMBRONNEN = ['contactverzoeken', 'zaken-servicenorm', 'zaken-termijn'] as const;
export type Normbron = (typeof NORMBRONNEN)[number];

export interface Normdefinitie {
  code: string;
  kanaal: string;
  norm: string;
  bron: Normbron | null;
  /** Why a norm without a source is not measured. */
  nietGemeten?: string;
}

/** The municipality's service norms of every channel, in the order the table shows them. */
export const NORMEN: readonly Normdefinitie[] = [
  {
    code: 'telefoon-opgenomen',
    kanaal: 'Telefoon',
    norm: '80 % van de oproepen binnen 30 seconden opgenomen',
    bron: null,
    nietGemeten: 'De telefooncentrale levert haar wachttijden niet aan Stadspunt.',
  },
  {
    code: 'terugbellen',
    kanaal: 'Telefoon',
    norm: 'Contactverzoek afgehandeld binnen de termijn van het team (standaard 2 werkdagen)',
    bron: 'contactverzoeken',
  },
  {
    code: 'e-mail-ontvangst',
    kanaal: 'E-mail',
    norm: 'Ontvangstbevestiging binnen 1 werkdag',
    bron: null,
    nietGemeten: 'E-mail komt binnen in de gemeentelijke mailbox, niet in Stadspunt.',
  },
  {
    code: 'e-mail-antwoord',
    kanaal: 'E-mail',
    norm: 'Beantwoord binnen 3 werkdagen',
    bron: null,
    nietGemeten: 'E-mail komt binnen in de gemeentelijke mailbox, niet in Stadspunt.',
  },
  {
    code: 'brief',
    kanaal: 'Post',
    norm: 'Brief beantwoord binnen 3 tot 6 weken',
    bron: null,
    nietGemeten: 'Brieven worden in het postregistratiesysteem geregistreerd, niet in Stadspunt.',
  },
  {
    code: 'zaak-servicenorm',
    kanaal: 'Zaak',
    norm: 'Afgesloten binnen de servicenorm van het zaaktype (zonder servicenorm: de wettelijke termijn)',
    bron: 'zaken-servicenorm',
  },
  {
    code: 'zaak-termijn',
    kanaal: 'Zaak',
    norm: 'Afgesloten binnen de wettelijke doorlooptijd (met opschorting en verlenging)',
    bron: 'zaken-termijn',
  },
];

export const NORMSOORTEN = ['week', 'maand', 'kwartaal'] as const;
export type Normsoort = (typeof NORMSOORTEN)[number];

/** The first day of the quarter this day is in. */
const eersteVanKwartaal = (dag: string) =>
  `${dag.slice(0, 4)}-${String(Math.floor((Number(dag.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;

/** The last full quarter before the day `vandaag`. */
function vorigKwartaal(vandaag: string): Periode {
  const tot = plusDagen(eersteVanKwartaal(vandaag), -1);
  return { van: eersteVanKwartaal(tot), tot };
}

/** The last full week, month or quarter before `vandaag`, and the one before it for the trend. */
export function normperiode(soort: Normsoort, vandaag: string): { huidig: Periode; vorig: Periode } {
  const vorige = (dag: string) => (soort === 'kwartaal' ? vorigKwartaal(dag) : vorigePeriode(soort, dag));
  const huidig = vorige(vandaag);
  return { huidig, vorig: vorige(huidig.van) };
}

export interface Normdag {
  dag: string;
  totaal: number;
  gehaald: number;
}
export interface Normtelling {
  totaal: number;
  gehaald: number;
}

/** The days of a period summed. */
export function telIn(dagen: readonly Normdag[], p: Periode): Normtelling {
  const t = { totaal: 0, gehaald: 0 };
  for (const d of dagen)
    if (d.dag >= p.van && d.dag <= p.tot) {
      t.totaal += d.totaal;
      t.gehaald += d.gehaald;
    }
  return t;
}

const aandeel = (t: Normtelling) => (t.totaal ? t.gehaald / t.totaal : null);

/**
 * The share that met the norm, the share of the period before, and the trend in percentage
 * points (one decimal); without anything to judge in either period there is no trend.
 */
export function normcijfer(huidig: Normtelling, vorig: Normtelling) {
  const nu = aandeel(huidig);
  const toen = aandeel(vorig);
  return {
    ...huidig,
    aandeel: nu,
    vorigAandeel: toen,
    trendProcentpunt: nu === null || toen === null ? null : Math.round((nu - toen) * 1000) / 10,
  };
}
