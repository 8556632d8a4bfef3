import { type Kanaal, kanalen } from '../klantcontacten/waarden';

/**
 * Click, call, face: a channel is digital (the portal's forms, e-mail, chat, social media),
 * by phone, at the counter, or by letter.
 */
export const KANAALGROEP: Record<Kanaal, 'digitaal' | 'telefoon' | 'balie' | 'post'> = {
  webformulier: 'digitaal',
  'e-mail': 'digitaal',
  chat: 'digitaal',
  'social media': 'digitaal',
  telefoon: 'telefoon',
  balie: 'balie',
  post: 'post',
};

/** Contacts per channel of a group, in the order of `kanalen`. */
export interface Kanaalmix {
  kanalen: { kanaal: Kanaal; aantal: number }[];
  totaal: number;
  digitaal: number;
  /** 0..1, null without contacts. */
  aandeelDigitaal: number | null;
}

export const leegMix = (): Map<Kanaal, number> => new Map(kanalen.map((k) => [k, 0]));

export function telKanaal(mix: Map<Kanaal, number>, kanaal: Kanaal): Map<Kanaal, number> {
  mix.set(kanaal, (mix.get(kanaal) ?? 0) + 1);
  return mix;
}

export function kanaalmix(mix: ReadonlyMap<Kanaal, number>): Kanaalmix {
  const rij = kanalen.map((kanaal) => ({ kanaal, aantal: mix.get(kanaal) ?? 0 }));
  const totaal = rij.reduce((n, r) => n + r.aantal, 0);
  const digitaal = rij.reduce((n, r) => n + (KANAALGROEP[r.kanaal] === 'digitaal' ? r.aantal : 0), 0);
  return { kanalen: rij, totaal, digitaal, aandeelDigitaal: totaal ? digitaal / totaal : null };
}
