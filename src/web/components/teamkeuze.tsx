import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '../api';
import { omvat, useRechten } from '../sessie';
import { Keuzeveld } from './velden';

export const teamsQuery = queryOptions({
  queryKey: ['teams', 'alle'],
  queryFn: () => get('/teams', { query: { pageSize: 100 } }),
  staleTime: 5 * 60_000,
});

/** The employees of a team, filtered on the server. */
export const medewerkersVanTeam = (teamId: string) =>
  queryOptions({
    queryKey: ['medewerkers', 'team', teamId],
    queryFn: async () =>
      (await get('/medewerkers', { query: { team: teamId, pageSize: 100, sort: 'naam' } })).items,
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
  /** Only the teams these rights cover (the queues or reports the employee may see). */
  binnen?: { alle: boolean; teamIds: string[] };
  id?: string;
}

/** A select of all teams, or of those the employee may see. */
export function TeamKeuze({ leeg, behalve, binnen, ...props }: KeuzeProps) {
  const teams = useQuery(teamsQuery);
  const opties = [
    ...(leeg !== undefined ? [{ waarde: '', tekst: leeg }] : []),
    ...(teams.data?.items ?? [])
      .filter((t) => t.id !== behalve && (!binnen || omvat(binnen, t.id)))
      .map((t) => ({ waarde: t.id, tekst: t.naam })),
  ];
  return <Keuzeveld {...props} fout={props.fout} opties={opties} />;
}

/** The teams whose figures the employee may see, and "Hele organisatie" where the policy layer allows it. */
export function RapportageTeamKeuze(props: Omit<KeuzeProps, 'leeg' | 'binnen' | 'behalve'>) {
  const rechten = useRechten();
  return (
    <TeamKeuze
      {...props}
      leeg={rechten?.organisatie ? 'Hele organisatie' : undefined}
      binnen={rechten?.rapportage}
    />
  );
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
