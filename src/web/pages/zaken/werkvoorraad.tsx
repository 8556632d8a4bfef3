import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { get } from '../../api';
import { AppLink } from '../../components/applink';
import { ExtraFilters } from '../../components/extrafilters';
import { Foutmelding } from '../../components/fouten';
import { type Kolom, LijstTabel } from '../../components/lijst';
import { Pagina } from '../../components/pagina';
import { TeamKeuze } from '../../components/teamkeuze';
import { tekst } from '../../components/velden';
import { Zoekbalk } from '../../components/zoekbalk';
import { datum } from '../../datum';
import { useMedewerker } from '../../sessie';
import { ZaakTermijn } from './termijn';
import { standVan, type Zaak } from './typen';
import type { Snelfilter, ZakenZoek } from './zoek';

const filterTekst: { waarde: Snelfilter | undefined; tekst: string }[] = [
  { waarde: undefined, tekst: 'Alle open zaken' },
  { waarde: 'mijn', tekst: 'Mijn zaken' },
  { waarde: 'ongetoewezen', tekst: 'Niet toegewezen' },
  { waarde: 'binnenkort', tekst: 'Binnenkort uiterlijk klaar' },
  { waarde: 'te-laat', tekst: 'Te laat' },
  { waarde: 'opgeschort', tekst: 'Opgeschort' },
  { waarde: 'afgesloten', tekst: 'Afgesloten' },
];

/** The team's zaken: quick filters and search in the URL, sorting and pages on the server. */
const normtekst: Record<NonNullable<ZakenZoek['norm']>, string> = {
  'servicenorm-gehaald': 'binnen de servicenorm',
  'servicenorm-gemist': 'buiten de servicenorm',
  'termijn-gehaald': 'binnen de wettelijke termijn',
  'termijn-gemist': 'buiten de wettelijke termijn',
};

export function ZakenWerkvoorraad({ zoek }: { zoek: ZakenZoek }) {
  const medewerker = useMedewerker();
  const navigate = useNavigate();
  const teamId = zoek.teamId ?? medewerker.teams[0]?.id ?? 'alle';
  // A filter on how zaken were closed shows closed zaken, as the server does.
  const afgesloten =
    zoek.filter === 'afgesloten' || Boolean(zoek.einddatumVanaf || zoek.einddatumTot || zoek.norm);
  const filters = {
    ...zoek,
    teamId: teamId === 'alle' ? undefined : teamId,
    sort: zoek.sort ?? (afgesloten ? '-einddatum' : 'uiterlijkeEinddatumAfdoening'),
  };
  const lijst = useQuery({
    queryKey: ['zaken', filters],
    queryFn: () => get('/zaken', { query: { ...filters, pageSize: 25 } }),
  });
  const zet = (deel: Partial<ZakenZoek>) =>
    navigate({ to: '/zaken', search: { ...zoek, teamId, page: undefined, ...deel } });
  const kolommen: Kolom<Zaak>[] = [
    {
      kop: 'Zaak',
      sorteer: 'identificatie',
      waarde: (z) => (
        <span className="stadspunt-nummer">
          <AppLink naar={`/zaken/${z.id}`}>{z.identificatie}</AppLink>
        </span>
      ),
    },
    { kop: 'Omschrijving', waarde: (z) => z.omschrijving },
    { kop: 'Zaaktype', waarde: (z) => z.zaaktypeOmschrijving },
    ...(teamId === 'alle' ? [{ kop: 'Team', waarde: (z: Zaak) => z.teamNaam }] : []),
    { kop: 'Status', waarde: (z) => (z.opgeschortSinds ? `${standVan(z)} (opgeschort)` : standVan(z)) },
    { kop: 'Behandelaar', waarde: (z) => z.behandelaarNaam ?? 'Nog niemand' },
    {
      kop: 'Uiterlijk klaar',
      sorteer: 'uiterlijkeEinddatumAfdoening',
      waarde: (z) => <ZaakTermijn zaak={z} />,
    },
    ...(afgesloten
      ? [
          {
            kop: 'Afgesloten',
            sorteer: 'einddatum',
            waarde: (z: Zaak) => (z.einddatum ? datum(z.einddatum) : '–'),
          },
        ]
      : []),
  ];
  return (
    <Pagina titel="Zaken">
      <Foutmelding fout={lijst.error} />
      <TeamKeuze
        id="zaken-team"
        naam="teamId"
        label="Team"
        leeg="Alle teams"
        binnen="werkvoorraad"
        waarde={teamId === 'alle' ? '' : teamId}
        onKies={(t) => zet({ teamId: t || 'alle' })}
      />
      <nav aria-label="Snelfilters">
        <ButtonGroup>
          {filterTekst.map((f) => (
            <Button
              key={f.tekst}
              appearance="secondary-action-button"
              pressed={zoek.filter === f.waarde}
              onClick={() => zet({ filter: f.waarde, sort: undefined })}
            >
              {f.tekst}
            </Button>
          ))}
        </ButtonGroup>
      </nav>
      <ExtraFilters
        wat="zaken"
        delen={[
          zoek.einddatumVanaf && `afgesloten vanaf ${datum(zoek.einddatumVanaf)}`,
          zoek.einddatumTot && `afgesloten tot en met ${datum(zoek.einddatumTot)}`,
          zoek.norm && normtekst[zoek.norm],
        ]}
        wis={() => zet({ einddatumVanaf: undefined, einddatumTot: undefined, norm: undefined })}
      />
      <Zoekbalk
        label="Zoek op zaaknummer of omschrijving"
        waarde={zoek.q}
        onZoek={(d) => zet({ q: tekst(d, 'q') || undefined })}
      />
      <LijstTabel
        titel={afgesloten ? 'Afgesloten zaken' : 'Open zaken'}
        kolommen={kolommen}
        lijst={lijst.data}
        sleutel={(z) => z.id}
        sort={filters.sort}
        onSort={(sort) => zet({ sort })}
        onPage={(page) => navigate({ to: '/zaken', search: { ...zoek, teamId, page } })}
      />
    </Pagina>
  );
}
