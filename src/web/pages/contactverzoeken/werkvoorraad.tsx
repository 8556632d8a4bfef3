import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, ButtonGroup, Checkbox, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { labels } from '../../../shared/labels';
import { api, get, huidigeVersie } from '../../api';
import { AppLink } from '../../components/applink';
import { ExtraFilters } from '../../components/extrafilters';
import { Foutmelding, Melding } from '../../components/fouten';
import { type Kolom, LijstTabel } from '../../components/lijst';
import { Pagina } from '../../components/pagina';
import { MedewerkerKeuze, TeamKeuze, teamsQuery } from '../../components/teamkeuze';
import { Keuzeveld, type Optie, tekst } from '../../components/velden';
import { Zoekbalk } from '../../components/zoekbalk';
import { datum } from '../../datum';
import { useMedewerker } from '../../sessie';
import { NieuwVerzoek } from './nieuw';
import type { Contactverzoek } from './typen';
import type { WerkvoorraadZoek } from './zoek';

const snelfilters: { waarde: WerkvoorraadZoek['filter']; tekst: string }[] = [
  { waarde: undefined, tekst: 'Alles' },
  { waarde: 'mijn', tekst: 'Mijn verzoeken' },
  { waarde: 'ongetoewezen', tekst: 'Niet toegewezen' },
  { waarde: 'vandaag', tekst: 'Termijn vandaag' },
  { waarde: 'te-laat', tekst: 'Te laat' },
];
/** Only the KCC's queue holds tasks that wait for a department to be linked to a team. */
const wachtFilter = { waarde: 'wacht-op-koppeling' as const, tekst: 'Wacht op koppeling' };

const statusOpties: Optie<NonNullable<WerkvoorraadZoek['status']>>[] = [
  { waarde: 'open', tekst: 'Open' },
  { waarde: 'afgehandeld', tekst: 'Afgehandeld' },
  { waarde: 'alle', tekst: 'Open en afgehandeld' },
];

/** The deadline as a date and in words, on one line; red (and said) when it has passed. */
export function Termijn({ verzoek: v }: { verzoek: Contactverzoek }) {
  return (
    <span className={`stadspunt-termijn${v.teLaat ? ' stadspunt-te-laat' : ''}`}>
      <time dateTime={v.deadline}>{datum(v.deadline)}</time> ·{' '}
      {v.status === 'open' ? v.termijn : v.resultaat ? labels.resultaat[v.resultaat] : 'afgehandeld'}
      {v.teLaat && v.status !== 'open' && ' (buiten de norm)'}
    </span>
  );
}

/** The resident's card on the desk, where the back office sees everything else of this party. */
export const kaartLink = (partijId: string) => ({ naar: '/werkplek', zoek: { partij: partijId } });

function Toewijzen({
  teamId,
  ids,
  onKlaar,
}: {
  teamId: string;
  ids: string[];
  onKlaar: (melding: string) => void;
}) {
  const client = useQueryClient();
  const [medewerkerId, setMedewerkerId] = useState('');
  const wijs = useMutation({
    mutationFn: () =>
      api('POST', '/contactverzoeken/toewijzing', { body: { ids, medewerkerId: medewerkerId || null } }),
    onSuccess: ({ items }) => {
      client.invalidateQueries({ queryKey: ['contactverzoeken'] });
      const naam = items[0]?.medewerkerNaam;
      onKlaar(
        naam
          ? `${items.length} ${items.length === 1 ? 'verzoek' : 'verzoeken'} toegewezen aan ${naam}.`
          : `Toewijzing van ${items.length} ${items.length === 1 ? 'verzoek' : 'verzoeken'} opgeheven.`,
      );
    },
    onError: () => client.invalidateQueries({ queryKey: ['contactverzoeken'] }),
  });
  return (
    <form
      aria-labelledby="toewijzen-kop"
      className="stadspunt-zoekbalk"
      onSubmit={(e) => {
        e.preventDefault();
        wijs.mutate();
      }}
    >
      <Paragraph id="toewijzen-kop">
        <strong>{ids.length} gekozen</strong>
      </Paragraph>
      <MedewerkerKeuze
        id="toewijzen-medewerker"
        naam="medewerkerId"
        label="Toewijzen aan"
        leeg="Niemand (toewijzing opheffen)"
        teamId={teamId}
        waarde={medewerkerId}
        onKies={setMedewerkerId}
        fout={wijs.error}
      />
      <Button type="submit" appearance="primary-action-button" busy={wijs.isPending}>
        Toewijzen
      </Button>
      <Foutmelding fout={wijs.error} />
    </form>
  );
}

/** The team queue: filters in the URL, sorting and pages on the server, claim and bulk assign. */
export function Werkvoorraad({ zoek }: { zoek: WerkvoorraadZoek }) {
  const medewerker = useMedewerker();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [melding, setMelding] = useState<string | null>(null);
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [nieuw, setNieuw] = useState(false);
  const teams = useQuery(teamsQuery);
  const teamId = zoek.teamId ?? medewerker.teams[0]?.id ?? 'alle';
  const kccTeam = teams.data?.items.some((t) => t.id === teamId && t.kcc);
  // Open work by what is due first; closed work by what was closed last.
  const standaard = zoek.status === 'afgehandeld' ? '-afgehandeld' : 'deadline';
  const filters = { ...zoek, teamId: teamId === 'alle' ? undefined : teamId, sort: zoek.sort ?? standaard };
  const lijst = useQuery({
    queryKey: ['contactverzoeken', filters],
    queryFn: () => get('/contactverzoeken', { query: { ...filters, pageSize: 25 } }),
  });
  const zet = (deel: Partial<WerkvoorraadZoek>) => {
    setGekozen([]);
    navigate({ to: '/werkvoorraad', search: { ...zoek, teamId, page: undefined, ...deel } });
  };
  const claim = useMutation({
    mutationFn: (v: Contactverzoek) =>
      api('POST', '/contactverzoeken/{id}/claim', { path: { id: v.id }, body: { versie: v.versie } }),
    onSuccess: (v) => setMelding(`U hebt ${v.nummer} opgepakt.`),
    onSettled: () => client.invalidateQueries({ queryKey: ['contactverzoeken'] }),
    onError: (fout) => {
      if (huidigeVersie(fout)) setMelding(null);
    },
  });
  const openOpPagina = (lijst.data?.items ?? []).filter((v) => v.status === 'open' && v.mag.toewijzen);
  const kiesbaar = teamId !== 'alle' && openOpPagina.length > 0;
  const allesGekozen = openOpPagina.length > 0 && openOpPagina.every((v) => gekozen.includes(v.id));
  const kolommen: Kolom<Contactverzoek>[] = [
    ...(kiesbaar
      ? [
          {
            kop: 'Kiezen',
            waarde: (v: Contactverzoek) => (
              <Checkbox
                aria-label={`${v.nummer} kiezen`}
                checked={gekozen.includes(v.id)}
                disabled={v.status !== 'open' || !v.mag.toewijzen}
                onChange={(e) =>
                  setGekozen(e.target.checked ? [...gekozen, v.id] : gekozen.filter((id) => id !== v.id))
                }
              />
            ),
          },
        ]
      : []),
    {
      kop: 'Nummer',
      sorteer: 'nummer',
      waarde: (v) => (
        <span className="stadspunt-nummer">
          <AppLink naar={`/contactverzoeken/${v.id}`}>{v.nummer}</AppLink>
        </span>
      ),
    },
    {
      kop: 'Onderwerp',
      waarde: (v) =>
        `${v.wachtOpKoppeling ? 'Wacht op koppeling: ' : ''}${v.urgent ? 'Urgent: ' : ''}${v.onderwerp}`,
    },
    {
      kop: 'Inwoner',
      waarde: (v) => {
        const naam = v.naam ?? v.partijNaam ?? '–';
        if (!v.partijId) return naam;
        const kaart = kaartLink(v.partijId);
        return (
          <AppLink naar={kaart.naar} zoek={kaart.zoek}>
            {naam}
            <span className="stadspunt-verborgen"> (kaart op de werkplek)</span>
          </AppLink>
        );
      },
    },
    ...(teamId === 'alle' ? [{ kop: 'Team', waarde: (v: Contactverzoek) => v.teamNaam }] : []),
    {
      kop: 'Ontvangen',
      sorteer: 'ontvangen',
      waarde: (v) => <time dateTime={v.ontvangen}>{datum(v.ontvangen)}</time>,
    },
    { kop: 'Termijn', sorteer: 'deadline', waarde: (v) => <Termijn verzoek={v} /> },
    ...(zoek.status && zoek.status !== 'open'
      ? [
          {
            kop: 'Afgehandeld',
            sorteer: 'afgehandeld',
            waarde: (v: Contactverzoek) =>
              v.afgehandeld ? <time dateTime={v.afgehandeld}>{datum(v.afgehandeld)}</time> : '–',
          },
        ]
      : []),
    {
      kop: 'Behandelaar',
      waarde: (v) =>
        v.medewerkerNaam ??
        (v.status === 'open' && v.mag.behandelen ? (
          <Button
            appearance="secondary-action-button"
            onClick={() => claim.mutate(v)}
            aria-label={`${v.nummer} oppakken`}
          >
            Oppakken
          </Button>
        ) : (
          '–'
        )),
    },
  ];
  return (
    <Pagina titel="Werkvoorraad">
      <Melding tekst={melding} focus />
      <Foutmelding fout={lijst.error ?? claim.error} />
      <div className="stadspunt-werkbalk">
        <TeamKeuze
          id="werkvoorraad-team"
          naam="teamId"
          label="Team"
          leeg="Alle teams"
          binnen="werkvoorraad"
          waarde={teamId === 'alle' ? '' : teamId}
          onKies={(t) => zet({ teamId: t || 'alle' })}
        />
        <Keuzeveld
          id="werkvoorraad-status"
          naam="status"
          label="Status"
          fout={undefined}
          opties={statusOpties}
          waarde={zoek.status ?? 'open'}
          onKies={(status) => zet({ status })}
        />
        <Zoekbalk
          label="Zoek op nummer, onderwerp of naam"
          waarde={zoek.q}
          onZoek={(d) => zet({ q: tekst(d, 'q') || undefined })}
        />
        {!nieuw && (
          <Button appearance="secondary-action-button" onClick={() => setNieuw(true)}>
            Nieuw contactverzoek
          </Button>
        )}
      </div>
      <nav aria-label="Snelfilters">
        <ButtonGroup>
          {[...snelfilters, ...(kccTeam ? [wachtFilter] : [])].map((f) => (
            <Button
              key={f.tekst}
              appearance="secondary-action-button"
              pressed={zoek.filter === f.waarde}
              onClick={() => zet({ filter: f.waarde })}
            >
              {f.tekst}
            </Button>
          ))}
        </ButtonGroup>
      </nav>
      <ExtraFilters
        wat="verzoeken"
        delen={[
          zoek.partijId && 'van één inwoner of bedrijf',
          zoek.afgehandeldVanaf && `afgehandeld vanaf ${datum(zoek.afgehandeldVanaf)}`,
          zoek.afgehandeldTot && `afgehandeld vóór ${datum(zoek.afgehandeldTot)}`,
          zoek.binnenNorm === 'ja' && 'binnen de norm',
          zoek.binnenNorm === 'nee' && 'buiten de norm',
        ]}
        wis={() =>
          zet({
            afgehandeldVanaf: undefined,
            afgehandeldTot: undefined,
            binnenNorm: undefined,
            partijId: undefined,
          })
        }
      />
      {nieuw && (
        <NieuwVerzoek
          teamId={teamId === 'alle' ? '' : teamId}
          onKlaar={(m) => {
            setNieuw(false);
            setMelding(m);
          }}
        />
      )}
      {kiesbaar && (
        <Button
          appearance="subtle-button"
          onClick={() => setGekozen(allesGekozen ? [] : openOpPagina.map((v) => v.id))}
        >
          {allesGekozen ? 'Niets kiezen' : 'Alle open verzoeken op deze pagina kiezen'}
        </Button>
      )}
      {kiesbaar && gekozen.length > 0 && (
        <Toewijzen
          teamId={teamId}
          ids={gekozen}
          onKlaar={(m) => {
            setGekozen([]);
            setMelding(m);
          }}
        />
      )}
      <div className="stadspunt-dicht">
        <LijstTabel
          titel="Contactverzoeken"
          kolommen={kolommen}
          lijst={lijst.data}
          sleutel={(v) => v.id}
          sort={filters.sort}
          onSort={(sort) => zet({ sort })}
          onPage={(page) => navigate({ to: '/werkvoorraad', search: { ...zoek, teamId, page } })}
        />
      </div>
    </Pagina>
  );
}
