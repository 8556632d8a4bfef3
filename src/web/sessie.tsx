import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiFout, api, zetCsrfToken } from './api';

export interface Medewerker {
  id: string;
  naam: string;
  gebruikersnaam: string;
  email: string;
  rollen: string[];
  teams: { id: string; naam: string }[];
}

export interface Sessie {
  medewerker: Medewerker;
  csrfToken: string;
  /** The password is temporary (new account or reset): the employee chooses an own one first. */
  wachtwoordWijzigen: boolean;
}

async function haalSessie(): Promise<Sessie | null> {
  try {
    const sessie = await api<Sessie>('GET', '/sessie');
    zetCsrfToken(sessie.csrfToken);
    return sessie;
  } catch (error) {
    if (error instanceof ApiFout && error.status === 401) return null;
    throw error;
  }
}

/** The session is fetched once and then kept; logging in or out replaces it in the cache. */
export const sessieQuery = queryOptions({
  queryKey: ['sessie'],
  queryFn: haalSessie,
  staleTime: Number.POSITIVE_INFINITY,
});

export const useSessie = () => useQuery(sessieQuery).data ?? null;

/** The logged-in employee; only for screens inside the shell, which is shown only with a session. */
export function useMedewerker(): Medewerker {
  const sessie = useSessie();
  if (!sessie) throw new Error('Geen sessie');
  return sessie.medewerker;
}

export const heeftRol = (m: Medewerker, ...rollen: string[]) => m.rollen.some((r) => rollen.includes(r));

export async function inloggen(client: QueryClient, gebruikersnaam: string, wachtwoord: string) {
  const sessie = await api<Sessie>('POST', '/sessie', { gebruikersnaam, wachtwoord });
  zetCsrfToken(sessie.csrfToken);
  client.setQueryData(sessieQuery.queryKey, sessie);
}

/** Forgets the session and every cached answer, so the next employee at this desk sees nothing of it. */
export function vergeetSessie(client: QueryClient) {
  zetCsrfToken('');
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'sessie' });
  client.setQueryData(sessieQuery.queryKey, null);
}

/** Which teams' queues and reports the policy layer lets this employee see. */
export interface Rechten {
  werkvoorraad: { alle: boolean; teamIds: string[] };
  rapportage: { alle: boolean; teamIds: string[] };
  organisatie: boolean;
}

export const rechtenQuery = queryOptions({
  // Not under 'sessie': logging out forgets it with every other answer of this employee.
  queryKey: ['rechten'],
  queryFn: () => api<Rechten>('GET', '/sessie/rechten'),
  staleTime: 5 * 60_000,
});

export const useRechten = () => useQuery(rechtenQuery).data;

/** Whether a set of rights covers this team. */
export const omvat = (r: { alle: boolean; teamIds: string[] } | undefined, teamId: string) =>
  Boolean(r && (r.alle || r.teamIds.includes(teamId)));
