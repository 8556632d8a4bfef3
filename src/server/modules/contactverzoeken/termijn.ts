import { and, eq, isNull, or } from 'drizzle-orm';
import { type Kalender, termijnEinde, werkdagenTussen } from '../../platform/calendar/rules';
import type { Queryable } from '../../platform/db/client';
import { servicenorm } from './schema';

export interface Norm {
  werkdagen: number;
  werkdagenUrgent: number;
  maxPogingen: number;
}

/** Without a configured norm: 2 working days, urgent the same working day, a message after 3 failed attempts. */
export const STANDAARDNORM: Norm = { werkdagen: 2, werkdagenUrgent: 0, maxPogingen: 3 };

/** The product's norm wins over the team's; the team's attempt limit holds either way. */
export async function normVoor(db: Queryable, teamId: string, productId: string | null): Promise<Norm> {
  const rijen = await db
    .select()
    .from(servicenorm)
    .where(
      or(
        and(eq(servicenorm.teamId, teamId), isNull(servicenorm.productId)),
        productId ? and(eq(servicenorm.productId, productId), isNull(servicenorm.teamId)) : undefined,
      ),
    );
  const team = rijen.find((r) => r.teamId === teamId);
  const product = rijen.find((r) => r.productId && r.productId === productId);
  const termijn = product ?? team;
  return {
    werkdagen: termijn?.werkdagen ?? STANDAARDNORM.werkdagen,
    werkdagenUrgent: termijn?.werkdagenUrgent ?? STANDAARDNORM.werkdagenUrgent,
    maxPogingen: team?.maxPogingen ?? STANDAARDNORM.maxPogingen,
  };
}

/** The last working day within the norm, counted from receipt by the Algemene termijnenwet rules. */
export function deadlineVan(ontvangen: Date, urgent: boolean, norm: Norm, kalender: Kalender): string {
  return termijnEinde(ontvangen, { werkdagen: urgent ? norm.werkdagenUrgent : norm.werkdagen }, kalender)
    .einde;
}

const werkdagen = (n: number) => `${n} ${n === 1 ? 'werkdag' : 'werkdagen'}`;

/** "nog 1 werkdag", "vandaag", "2 werkdagen te laat" — as the queue shows it. */
export function termijnInWoorden(deadline: string, vandaag: string, kalender: Kalender): string {
  if (deadline === vandaag) return 'vandaag';
  if (deadline > vandaag) {
    const n = werkdagenTussen(vandaag, deadline, kalender);
    return n === 0 ? 'vandaag' : `nog ${werkdagen(n)}`;
  }
  const n = werkdagenTussen(deadline, vandaag, kalender);
  return n === 0 ? 'vandaag' : `${werkdagen(n)} te laat`;
}
