import type { Queryable } from '../../../platform/db/client';
import { type Dienstverlening, dienstverlening } from '../../sturing/kengetallen';
import { type Zaakcijferoverzicht, zaakcijfers } from '../../zaken/operations/cijfers';
import type { Resultaat } from '../waarden';
import { geslotenPerDag, kengetallen, ontvangenPerDag, openOpEinde, tel } from './cijfers';
import { dagenVan, type Periode, type Rapportsoort } from './perioden';

export interface Periodecijfers {
  ontvangen: number;
  gesloten: number;
  binnenNorm: number;
  buitenNorm: number;
  aandeelBinnenNorm: number | null;
  gemiddeldeDoorlooptijdUren: number | null;
  pogingenPerVerzoek: number | null;
  /** Still open when the period ended, and of those past their deadline. */
  openEinde: number;
  teLaatEinde: number;
}

export interface RapportCijfers extends Periodecijfers {
  soort: Rapportsoort;
  van: string;
  tot: string;
  teamId: string | null;
  teamNaam: string | null;
  resultaten: Record<Resultaat, number>;
  perDag: { datum: string; ontvangen: number; gesloten: number; binnenNorm: number }[];
  perTeam: (Periodecijfers & { teamId: string; teamNaam: string })[];
  /** The zaken of the same teams in the same period (absent in reports made before zaken). */
  zaken?: Zaakcijferoverzicht;
  /** FCR, channel mix and KTO of the same contacts in the same period (absent in reports made before). */
  dienstverlening?: Dienstverlening;
}

const per = <T extends { teamId: string }>(rij: T[], teamId: string) =>
  rij.filter((r) => r.teamId === teamId);
const som = (rij: { ontvangen: number }[]) => rij.reduce((n, r) => n + r.ontvangen, 0);

/**
 * The figures of a report: received and closed per day, the norm, hours and attempts of the
 * requests closed in the period, and what was open at its end; per team and in total.
 */
export async function rapportCijfers(
  db: Queryable,
  soort: Rapportsoort,
  p: Periode,
  teamId: string | null,
): Promise<RapportCijfers> {
  const teams = await openOpEinde(db, p, teamId);
  const gesloten = await geslotenPerDag(db, p, teamId);
  const ontvangen = await ontvangenPerDag(db, p, teamId);
  const zaken = await zaakcijfers(db, p, teamId ? [teamId] : null);
  const service = await dienstverlening(db, p, teamId);
  const figuren = (g: typeof gesloten, o: typeof ontvangen, open: typeof teams): Periodecijfers => {
    const t = tel(g);
    const k = kengetallen(t);
    return {
      ontvangen: som(o),
      gesloten: t.gesloten,
      binnenNorm: t.binnen,
      buitenNorm: t.gesloten - t.binnen,
      aandeelBinnenNorm: k.aandeel,
      gemiddeldeDoorlooptijdUren: k.gemiddeldeDoorlooptijdUren,
      pogingenPerVerzoek: k.pogingenPerVerzoek,
      openEinde: open.reduce((n, r) => n + r.open, 0),
      teLaatEinde: open.reduce((n, r) => n + r.teLaat, 0),
    };
  };
  return {
    soort,
    ...p,
    teamId,
    teamNaam: teamId ? (teams[0]?.teamNaam ?? null) : null,
    ...figuren(gesloten, ontvangen, teams),
    resultaten: tel(gesloten).resultaten,
    perDag: dagenVan(p).map((datum) => {
      const t = tel(gesloten.filter((r) => r.dag === datum));
      return {
        datum,
        ontvangen: som(ontvangen.filter((r) => r.dag === datum)),
        gesloten: t.gesloten,
        binnenNorm: t.binnen,
      };
    }),
    perTeam: teams.map((t) => ({
      teamId: t.teamId,
      teamNaam: t.teamNaam,
      ...figuren(per(gesloten, t.teamId), per(ontvangen, t.teamId), [t]),
    })),
    zaken,
    dienstverlening: service,
  };
}
