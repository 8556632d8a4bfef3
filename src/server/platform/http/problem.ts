export interface VeldFout {
  veld: string;
  melding: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: VeldFout[];
  [extra: string]: unknown;
}

/** Thrown by operations and middleware; the app turns it into application/problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail?: string,
    readonly errors?: VeldFout[],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }

  toProblem(): Problem {
    return {
      type: `https://stadspunt.nl/problemen/${this.status}`,
      title: this.title,
      status: this.status,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    };
  }
}

export const ongeldig = (errors: VeldFout[], detail = 'De invoer is niet geldig.') =>
  new ProblemError(400, 'Ongeldige invoer', detail, errors);

export const nietVerwerkbaar = (detail: string, errors?: VeldFout[]) =>
  new ProblemError(422, 'Niet verwerkbaar', detail, errors);

export const nietGevonden = (wat: string) => new ProblemError(404, 'Niet gevonden', `${wat} bestaat niet.`);

export const conflict = (detail: string, huidig?: unknown) =>
  new ProblemError(409, 'Conflict', detail, undefined, huidig === undefined ? {} : { huidig });

export const nietIngelogd = (detail = 'Log eerst in.') => new ProblemError(401, 'Niet ingelogd', detail);

export const geenToegang = (detail = 'U hebt geen toegang tot deze functie.') =>
  new ProblemError(403, 'Geen toegang', detail);
