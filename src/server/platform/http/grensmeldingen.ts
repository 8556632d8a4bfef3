import type { core } from 'zod';

/** API field names that are no Dutch word themselves; the others are read from their camelCase. */
const veldnamen: Record<string, string> = {
  q: 'zoektekst',
  email: 'e-mailadres',
  pageSize: 'aantal per pagina',
  page: 'pagina',
};

/** The Dutch name of the field at `pad`, capitalised: `werkdagenUrgent` → "Werkdagen urgent". */
export function veldnaam(pad: readonly PropertyKey[]): string {
  const sleutel = [...pad].reverse().find((deel): deel is string => typeof deel === 'string');
  if (!sleutel) return 'De invoer';
  const naam = veldnamen[sleutel] ?? sleutel.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return naam.charAt(0).toUpperCase() + naam.slice(1);
}

const eenheid: Record<string, [string, string]> = {
  string: ['teken', 'tekens'],
  array: ['keuze', 'keuzes'],
  set: ['keuze', 'keuzes'],
  file: ['byte', 'bytes'],
};

type Grens = core.$ZodIssueTooBig | core.$ZodIssueTooSmall;

/**
 * Too long, too short, too big, too small, in plain Dutch with the field's name:
 * "Zoektekst is te lang: maximaal 254 tekens". A schema's own message still wins.
 */
export function grensmelding(issue: Grens): string | undefined {
  const groot = issue.code === 'too_big';
  const grens = Number(groot ? issue.maximum : issue.minimum);
  // Only whole limits read naturally; an exclusive one is one step further in.
  const n = issue.inclusive === false ? grens + (groot ? -1 : 1) : grens;
  const veld = veldnaam(issue.path ?? []);
  const woorden = eenheid[issue.origin];
  if (woorden) {
    const te = issue.origin === 'string' ? (groot ? 'te lang' : 'te kort') : groot ? 'te veel' : 'te weinig';
    return `${veld} is ${te}: ${groot ? 'maximaal' : 'minimaal'} ${n} ${n === 1 ? woorden[0] : woorden[1]}`;
  }
  if (['number', 'int', 'bigint'].includes(issue.origin))
    return `${veld} is te ${groot ? 'groot' : 'klein'}: ${groot ? 'hoogstens' : 'minstens'} ${n}`;
  return undefined;
}

export const grensmeldingen = (issue: core.$ZodRawIssue): string | undefined =>
  issue.code === 'too_big' || issue.code === 'too_small' ? grensmelding(issue as Grens) : undefined;
