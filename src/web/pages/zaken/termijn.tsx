import { datum } from '../../datum';
import type { Zaak } from './typen';

/** The legal deadline as a date and in words; late ones red and said so (not by colour alone). */
export function ZaakTermijn({ zaak: z }: { zaak: Zaak }) {
  const woorden = z.einddatum
    ? z.teLaat
      ? 'afgesloten na de termijn'
      : 'afgesloten binnen de termijn'
    : z.termijn;
  return (
    <span className={z.teLaat ? 'stadspunt-te-laat' : undefined}>
      <time dateTime={z.uiterlijkeEinddatumAfdoening}>{datum(z.uiterlijkeEinddatumAfdoening)}</time> ·{' '}
      {z.teLaat && !z.einddatum && !woorden.includes('te laat') ? `te laat: ${woorden}` : woorden}
    </span>
  );
}
