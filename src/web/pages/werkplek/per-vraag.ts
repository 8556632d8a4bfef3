/**
 * What a saved contact makes of its questions (a contactverzoek, a zaak), per question by its
 * key: what was made, or why it could not be made.
 */
export interface Stand<T> {
  gemaakt: Record<string, T>;
  fouten: Record<string, unknown>;
}

export const legeStand = <T>(): Stand<T> => ({ gemaakt: {}, fouten: {} });

interface MetSleutel {
  sleutel: string;
}

/** Checks what the questions `hoort` will make before the contact is saved; the errors by key. */
export function controleerPerVraag<V extends MetSleutel>(
  vragen: V[],
  hoort: (v: V) => boolean,
  controleer: (v: V) => unknown,
): Record<string, unknown> {
  const fouten: Record<string, unknown> = {};
  for (const v of vragen.filter(hoort)) {
    const fout = controleer(v);
    if (fout) fouten[v.sleutel] = fout;
  }
  return fouten;
}

/**
 * Makes one thing per question that `hoort`, skipping those already made; a failure keeps its
 * error for the question's fields and the others are still tried.
 */
export async function maakPerVraag<V extends MetSleutel, T>(
  vragen: V[],
  hoort: (v: V) => boolean,
  stand: Stand<T>,
  maak: (v: V, i: number) => Promise<T>,
): Promise<Stand<T>> {
  const nieuw: Stand<T> = { gemaakt: { ...stand.gemaakt }, fouten: {} };
  for (const [i, v] of vragen.entries()) {
    if (!hoort(v) || nieuw.gemaakt[v.sleutel]) continue;
    try {
      nieuw.gemaakt[v.sleutel] = await maak(v, i);
    } catch (fout) {
      nieuw.fouten[v.sleutel] = fout;
    }
  }
  return nieuw;
}

export const heeftFouten = (fouten: Record<string, unknown>) => Object.keys(fouten).length > 0;
