import { datumLang, getal, maandNaam, procent } from '../../../../shared/nl';
import type { Zaakcijfers } from '../../zaken/operations/cijfers';
import { isoWeek } from './perioden';
import type { Periodecijfers, RapportCijfers } from './rapportcijfers';

/** The words and numbers of a report, shared by the PDF, the spreadsheet and the mail. */

/** 'week 2026-W45 (2 november 2026 t/m 8 november 2026)', 'november 2026' or '3 november 2026 t/m 17 november 2026'. */
export function periodeNaam(c: Pick<RapportCijfers, 'soort' | 'van' | 'tot'>): string {
  const loop = `${datumLang(c.van)} t/m ${datumLang(c.tot)}`;
  if (c.soort === 'week') return `week ${isoWeek(c.van)} (${loop})`;
  return c.soort === 'maand' ? maandNaam(c.van) : loop;
}

export const wieNaam = (c: Pick<RapportCijfers, 'teamNaam'>) =>
  c.teamNaam ? `team ${c.teamNaam}` : 'de hele organisatie';

/** How a key figure is written: a count, a decimal, hours, or a share (0..1). */
export type Eenheid = 'aantal' | 'decimaal' | 'uren' | 'aandeel';

export interface Kernregel {
  label: string;
  waarde: number | null;
  eenheid: Eenheid;
}

/** A key figure as a reader reads it: "1.234", "4,5 uur", "77,4 %". */
export function kerntekst(r: Pick<Kernregel, 'waarde' | 'eenheid'>): string {
  if (r.eenheid === 'aandeel') return procent(r.waarde);
  const tekst = getal(r.waarde, r.eenheid === 'aantal' ? 0 : 1);
  return r.eenheid === 'uren' && r.waarde !== null ? `${tekst} uur` : tekst;
}

/** The key figures, in the order every output shows them. */
export function kernregels(c: Periodecijfers): Kernregel[] {
  const rij = (label: string, waarde: number | null, eenheid: Eenheid = 'aantal') => ({
    label,
    waarde,
    eenheid,
  });
  return [
    rij('Ontvangen', c.ontvangen),
    rij('Afgehandeld', c.gesloten),
    rij('Binnen de norm afgehandeld', c.binnenNorm),
    rij('Aandeel binnen de norm', c.aandeelBinnenNorm, 'aandeel'),
    rij('Buiten de norm afgehandeld', c.buitenNorm),
    rij('Gemiddelde doorlooptijd', c.gemiddeldeDoorlooptijdUren, 'uren'),
    rij('Belpogingen per verzoek', c.pogingenPerVerzoek, 'decimaal'),
    rij('Open aan het eind van de periode', c.openEinde),
    rij('waarvan over de termijn', c.teLaatEinde),
  ];
}

/** The service figures (FCR, channel mix, KTO) as key figures; none in a report made before them. */
export function dienstverleningsregels(c: Pick<RapportCijfers, 'dienstverlening'>): Kernregel[] {
  const d = c.dienstverlening;
  if (!d) return [];
  return [
    { label: 'Afgeronde contacten', waarde: d.contacten, eenheid: 'aantal' },
    { label: 'First-contact resolution', waarde: d.fcr, eenheid: 'aandeel' },
    { label: 'Beantwoord in het contact (naïef)', waarde: d.naief, eenheid: 'aandeel' },
    { label: 'Digitaal binnengekomen', waarde: d.aandeelDigitaal, eenheid: 'aandeel' },
    { label: 'KTO: uitgenodigd', waarde: d.kto.uitgenodigd, eenheid: 'aantal' },
    { label: 'KTO: ingevuld', waarde: d.kto.beantwoord, eenheid: 'aantal' },
    { label: 'KTO: respons', waarde: d.kto.respons, eenheid: 'aandeel' },
    { label: 'KTO: gemiddelde score (1–5)', waarde: d.kto.gemiddeldeScore, eenheid: 'decimaal' },
    { label: 'KTO: in één keer geregeld', waarde: d.kto.inEenKeer, eenheid: 'aandeel' },
  ];
}

/** The columns of the zaken tables, in the order of `zaakwaarden`; `kort` where a PDF column is narrow. */
export const ZAAKKOLOMMEN = [
  { label: 'Afgesloten', kort: 'Afgesloten', eenheid: 'aantal' },
  { label: 'Binnen de servicenorm', kort: 'Binnen norm', eenheid: 'aantal' },
  { label: 'Binnen de wettelijke termijn', kort: 'Binnen termijn', eenheid: 'aantal' },
  { label: 'Te laat', kort: 'Te laat', eenheid: 'aantal' },
  { label: 'Gemiddelde doorlooptijd (dagen)', kort: 'Gem. dagen', eenheid: 'decimaal' },
  { label: 'Open aan het eind', kort: 'Open', eenheid: 'aantal' },
  { label: 'waarvan over de termijn', kort: 'Open te laat', eenheid: 'aantal' },
  { label: 'Opgeschort', kort: 'Opgeschort', eenheid: 'aantal' },
  { label: 'Verlengd', kort: 'Verlengd', eenheid: 'aantal' },
] as const satisfies readonly { label: string; kort: string; eenheid: Eenheid }[];

export const zaakwaarden = (z: Zaakcijfers): (number | null)[] => [
  z.afgesloten,
  z.binnenServicenorm,
  z.binnenTermijn,
  z.teLaat,
  z.gemiddeldeDoorlooptijdDagen,
  z.open,
  z.openTeLaat,
  z.opgeschort,
  z.verlengd,
];

/** The zaken tables of a report: per zaaktype with a total, and for the organisation per team. */
export function zaaktabellen(c: Pick<RapportCijfers, 'teamId' | 'zaken'>) {
  if (!c.zaken) return [];
  const { totaal, perZaaktype, perTeam } = c.zaken;
  const tabellen = [
    {
      titel: 'Zaken per zaaktype',
      kop: 'Zaaktype',
      rijen: [
        ...perZaaktype.map((z) => ({ naam: z.omschrijving, waarden: zaakwaarden(z) })),
        { naam: 'Totaal', waarden: zaakwaarden(totaal) },
      ],
    },
  ];
  if (c.teamId === null)
    tabellen.push({
      titel: 'Zaken per team',
      kop: 'Team',
      rijen: perTeam.map((t) => ({ naam: t.teamNaam, waarden: zaakwaarden(t) })),
    });
  return tabellen;
}
