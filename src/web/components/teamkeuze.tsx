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
  /** Only the teams whose queues or reports the employee may see: none until the rights are known. */
  binnen?: 'werkvoorraad' | 'rapportage';
  id?: string;
}

const GEEN = { alle: false, teamIds: [] };

/** A select of all teams, or of those the employee may see. */
export function TeamKeuze({ leeg, behalve, binnen, ...props }: KeuzeProps) {
  const teams = useQuery(teamsQuery);
  const rechten = useRechten();
  const grens = binnen ? (rechten?.[binnen] ?? GEEN) : null;
  const opties = [
    ...(leeg !== undefined ? [{ waarde: '', tekst: leeg }] : []),
    ...(teams.data?.items ?? [])
      .filter((t) => t.id !== behalve && (!grens || omvat(grens, t.id)))
      .map((t) => ({ waarde: t.id, tekst: t.naam })),
  ];
  return <Keuzeveld {...props} fout={props.fout} opties={opties} />;
}

/** The teams whose figures the employee may see, and "Hele organisatie" where the policy layer allows it. */
export function RapportageTeamKeuze(props: Omit<KeuzeProps, 'leeg' | 'binnen' | 'behalve'>) {
  const rechten = useRechten();
  return (
    <TeamKeuze {...props} leeg={rechten?.organisatie ? 'Hele organisatie' : undefined} binnen="rapportage" />
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
