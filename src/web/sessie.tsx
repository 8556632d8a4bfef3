import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiFout, api, get, type Schema, zetCsrfToken } from './api';

/** The logged-in employee, as the session has it. */
export type Medewerker = Schema<'Sessie'>['medewerker'];

async function haalSessie(): Promise<Schema<'Sessie'> | null> {
  try {
    const sessie = await get('/sessie');
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

export const heeftRol = (m: Medewerker, ...rollen: Schema<'Rol'>[]) =>
  m.rollen.some((r) => rollen.includes(r));

export async function inloggen(client: QueryClient, gebruikersnaam: string, wachtwoord: string) {
  const sessie = await api('POST', '/sessie', { body: { gebruikersnaam, wachtwoord } });
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
export const rechtenQuery = queryOptions({
  // Not under 'sessie': logging out forgets it with every other answer of this employee.
  queryKey: ['rechten'],
  queryFn: () => get('/sessie/rechten'),
  staleTime: 5 * 60_000,
});

export const useRechten = () => useQuery(rechtenQuery).data;

/** Whether a set of rights covers this team. */
export const omvat = (r: Schema<'Rechten'>['werkvoorraad'] | undefined, teamId: string) =>
  Boolean(r && (r.alle || r.teamIds.includes(teamId)));
