import { queryOptions, useQuery } from '@tanstack/react-query';
import { get, type Lijst, query } from '../api';
import { Keuzeveld } from './velden';

export interface TeamKort {
  id: string;
  naam: string;
}

export const teamsQuery = queryOptions({
  queryKey: ['teams', 'alle'],
  queryFn: () => get<Lijst<TeamKort>>('/teams?pageSize=100'),
  staleTime: 5 * 60_000,
});

interface MedewerkerKort extends TeamKort {
  teams: TeamKort[];
}

/**
 * The employees of a team. `GET /medewerkers?team=` answers 500 (the server's team filter
 * builds `exists select …` without parentheses), so the screen filters the first 100 itself
 * until that is fixed.
 */
export const medewerkersVanTeam = (teamId: string) =>
  queryOptions({
    queryKey: ['medewerkers', 'team', teamId],
    queryFn: async () => {
      const alle = await get<Lijst<MedewerkerKort>>(`/medewerkers${query({ pageSize: 100, sort: 'naam' })}`);
      return alle.items.filter((m) => m.teams.some((t) => t.id === teamId));
    },
    enabled: Boolean(teamId),
    staleTime: 60_000,
  });

interface KeuzeProps {
  naam: string;
  label: string;
  waarde: string;
  onKies?: (waarde: string) => void;
  fout?: unknown;
  /** The option without a choice, e.g. "Hele organisatie"; without it a team must be chosen. */
  leeg?: string;
  /** Leave out this team (forwarding to the team the request is with makes no sense). */
  behalve?: string;
  id?: string;
}

/** A select of all teams. */
export function TeamKeuze({ leeg, behalve, ...props }: KeuzeProps) {
  const teams = useQuery(teamsQuery);
  const opties = [
    ...(leeg !== undefined ? [{ waarde: '', tekst: leeg }] : []),
    ...(teams.data?.items ?? [])
      .filter((t) => t.id !== behalve)
      .map((t) => ({ waarde: t.id, tekst: t.naam })),
  ];
  return <Keuzeveld {...props} fout={props.fout} opties={opties} />;
}

/** A select of the employees of one team, or nobody. */
export function MedewerkerKeuze({
  teamId,
  leeg = 'Niemand in het bijzonder',
  ...props
}: KeuzeProps & { teamId: string }) {
  const mensen = useQuery(medewerkersVanTeam(teamId));
  const opties = [
    { waarde: '', tekst: leeg },
    ...(mensen.data ?? []).map((m) => ({ waarde: m.id, tekst: m.naam })),
  ];
  return <Keuzeveld {...props} fout={props.fout} opties={opties} />;
}
