import type { Afleidingswijze, Archiefnominatie } from '../zaaktypen/waarden';
import { plusDuur } from './termijnen';

/** What the brondatum of the archive procedure can be derived from when the zaak closes. */
export interface Archiefgegevens {
  einddatum: string;
  eigenschappen: { naam: string; waarde: string }[];
  besluiten: { ingangsdatum: string; vervaldatum: string | null }[];
  hoofdzaak: { einddatum: string | null } | null;
  gerelateerdeZaken: { einddatum: string | null }[];
  /** Supplied by the behandelaar for ander_datumkenmerk and zaakobject. */
  brondatum?: string;
}

export interface Resultaatregels {
  archiefnominatie: Archiefnominatie;
  archiefactietermijn: string | null;
  afleidingswijze: Afleidingswijze;
  datumkenmerk: string;
  procestermijn: string | null;
}

/** Why the brondatum cannot be derived, in Dutch, for the field error. */
export class GeenBrondatum extends Error {}

const laatste = (datums: (string | null)[]) =>
  datums
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);

function vereis(datum: string | null | undefined, waarom: string): string {
  if (!datum) throw new GeenBrondatum(waarom);
  return datum;
}

/** The brondatum by the resultaattype's afleidingswijze, as Open Zaak's BrondatumCalculator derives it. */
export function brondatum(r: Resultaatregels, z: Archiefgegevens): string {
  switch (r.afleidingswijze) {
    case 'afgehandeld':
      return z.einddatum;
    case 'termijn':
      return plusDuur(z.einddatum, vereis(r.procestermijn, 'Het resultaattype heeft geen procestermijn.'));
    case 'eigenschap': {
      const w = z.eigenschappen.find((e) => e.naam === r.datumkenmerk)?.waarde;
      return vereis(
        w && /^\d{4}-\d{2}-\d{2}/.test(w) ? w.slice(0, 10) : undefined,
        `Vul eerst de eigenschap "${r.datumkenmerk}" met een datum: die bepaalt de archiefactiedatum.`,
      );
    }
    case 'ingangsdatum_besluit':
      return vereis(
        laatste(z.besluiten.map((b) => b.ingangsdatum)),
        'Leg eerst een besluit vast: de ingangsdatum bepaalt de archiefactiedatum.',
      );
    case 'vervaldatum_besluit':
      return vereis(
        laatste(z.besluiten.map((b) => b.vervaldatum)),
        'Leg eerst een besluit met een vervaldatum vast: die bepaalt de archiefactiedatum.',
      );
    case 'hoofdzaak':
      return vereis(
        z.hoofdzaak?.einddatum,
        z.hoofdzaak ? 'De hoofdzaak is nog niet afgesloten.' : 'Deze zaak is geen deelzaak.',
      );
    case 'gerelateerde_zaak':
      if (z.gerelateerdeZaken.some((g) => !g.einddatum))
        throw new GeenBrondatum('Een gerelateerde zaak is nog niet afgesloten.');
      return vereis(
        laatste(z.gerelateerdeZaken.map((g) => g.einddatum)),
        'Deze zaak heeft geen gerelateerde zaak.',
      );
    case 'ander_datumkenmerk':
    case 'zaakobject':
      return vereis(z.brondatum, 'Vul de brondatum in: het resultaattype leidt die niet zelf af.');
  }
}

/** Archiefnominatie and archiefactiedatum of a closing zaak: the brondatum plus the archiefactietermijn. */
export function archivering(r: Resultaatregels, z: Archiefgegevens) {
  return {
    archiefnominatie: r.archiefnominatie,
    archiefactiedatum: r.archiefactietermijn ? plusDuur(brondatum(r, z), r.archiefactietermijn) : null,
  };
}
