import type { Persoonslijst } from './brp-testset';

export type Elementen = Record<string, string>;

/** One occurrence of a GBA category: its current values and its history, newest first. */
export interface Voorkomen {
  actueel: Elementen;
  historie: Elementen[];
}

const tweeCijfers = (n: number) => String(n).padStart(2, '0');

function elementenVan(rij: Elementen, categorie: string): Elementen | undefined {
  const prefix = `${categorie}.`;
  const velden = Object.entries(rij).filter(([code]) => code.startsWith(prefix) && !code.endsWith('.H'));
  if (velden.length === 0) return undefined;
  return Object.fromEntries(velden.map(([code, waarde]) => [code.slice(prefix.length), waarde]));
}

/**
 * Groups the rows of a persoonslijst per category. In the test set the `CC.H` column of a row
 * says what the NEXT row of category CC is: CC starts another occurrence (a second child,
 * a second travel document); CC+50, or nothing, makes it history of the current occurrence.
 */
export function categorie(lijst: Pick<Persoonslijst, 'rijen'>, nummer: number): Voorkomen[] {
  const code = tweeCijfers(nummer);
  const voorkomens: Voorkomen[] = [];
  let volgendeIsNieuw = true;
  for (const rij of lijst.rijen) {
    const elementen = elementenVan(rij, code);
    if (!elementen) continue;
    const laatste = voorkomens.at(-1);
    if (volgendeIsNieuw || !laatste) voorkomens.push({ actueel: elementen, historie: [] });
    else laatste.historie.push(elementen);
    volgendeIsNieuw = rij[`${code}.H`] === code;
  }
  return voorkomens;
}
