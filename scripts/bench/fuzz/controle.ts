/**
 * What every answer must be: never a 5xx; every error application/problem+json in the shape
 * of its API; every 2xx a documented status whose body fits the documented schema; and no
 * 2xx for credentials that may not get in.
 */
import type { Documenten, Operatie } from './operaties';
import { regelVanOp } from './operaties';
import type { Plan } from './verzoeken';

export type Bevindingsoort = '5xx' | 'problem+json' | 'schema' | 'toegang' | 'geen-antwoord';

export interface Afwijking {
  soort: Bevindingsoort;
  detail: string;
}

export interface Antwoord {
  status: number;
  contentType: string;
  body: Buffer;
}

const tekst = (b: Buffer, max = 800) => {
  const t = b.toString('utf8');
  return t.length > max ? `${t.slice(0, max)}…` : t;
};

function json(a: Antwoord): { waarde?: unknown; fout?: string } {
  try {
    return { waarde: JSON.parse(a.body.toString('utf8')) };
  } catch {
    return { fout: `geen JSON: ${tekst(a.body, 200)}` };
  }
}

/** Credentials the rule does not let in: none, garbage, revoked, logged out, another's, a write without CSRF. */
const buitenstaander = (plan: Plan) =>
  plan.sleutel.soort !== 'passend' || (plan.sleutel.soort === 'passend' && plan.sleutel.csrf !== undefined);

export function controleer(docs: Documenten, op: Operatie, plan: Plan, a: Antwoord): Afwijking | undefined {
  if (a.status >= 500) return { soort: '5xx', detail: `${a.status}: ${tekst(a.body)}` };
  const gedocumenteerd = plan.methode === op.methode ? op.antwoorden[String(a.status)] : undefined;
  const bekend = plan.methode === op.methode && String(a.status) in op.antwoorden;
  if (a.status >= 200 && a.status < 300) {
    if (buitenstaander(plan) && regelVanOp(op).rollen !== 'publiek')
      return { soort: 'toegang', detail: `${a.status} voor een sleutel die er niet in mag` };
    if (!bekend) return { soort: 'schema', detail: `status ${a.status} staat niet in het document` };
    return inhoud(docs, op, gedocumenteerd, a);
  }
  if (a.status < 400 && bekend) return undefined;
  if (!a.contentType.startsWith('application/problem+json'))
    return {
      soort: 'problem+json',
      detail: `${a.status} met Content-Type "${a.contentType}": ${tekst(a.body, 200)}`,
    };
  const { waarde, fout } = json(a);
  if (fout) return { soort: 'problem+json', detail: `${a.status} ${fout}` };
  const afwijking = docs.foutAfwijking(op, a.status, waarde);
  return afwijking ? { soort: 'problem+json', detail: `${a.status}: ${afwijking}` } : undefined;
}

function inhoud(
  docs: Documenten,
  op: Operatie,
  soorten: Record<string, unknown> | undefined,
  a: Antwoord,
): Afwijking | undefined {
  if (!soorten) {
    return a.body.length
      ? {
          soort: 'schema',
          detail: `${a.status} heeft een body die het document niet kent: ${tekst(a.body, 200)}`,
        }
      : undefined;
  }
  const type = a.contentType.split(';')[0].trim();
  if (!(type in soorten))
    return {
      soort: 'schema',
      detail: `${a.status} met Content-Type "${type}"; het document noemt ${Object.keys(soorten).join(', ')}`,
    };
  if (type !== 'application/json') return undefined;
  const { waarde, fout } = json(a);
  if (fout) return { soort: 'schema', detail: `${a.status} ${fout}` };
  const afwijking = docs.antwoordAfwijking(op, soorten[type] as Record<string, unknown>, waarde);
  return afwijking ? { soort: 'schema', detail: `${a.status}: ${afwijking}` } : undefined;
}
