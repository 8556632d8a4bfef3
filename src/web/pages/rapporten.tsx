import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get, type Schema, type Zoekvraag } from '../api';
import { Foutmelding, Melding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { TeamKeuze } from '../components/teamkeuze';
import { Keuzeveld, type Optie } from '../components/velden';
import { datum, tijdstip } from '../datum';
import { useMedewerker, useRechten } from '../sessie';

type Rapport = Schema<'Rapport'>;
type Soort = Rapport['soort'];

const soortNamen: Record<Soort, string> = { week: 'Weekrapport', maand: 'Maandrapport' };
const soorten: Optie<Soort>[] = [
  { waarde: 'week', tekst: soortNamen.week },
  { waarde: 'maand', tekst: soortNamen.maand },
];
const soortNaam = (s: Soort) => soortNamen[s];
const naamVan = (r: Rapport) =>
  `${soortNaam(r.soort)} ${r.teamNaam ?? 'hele organisatie'} ${datum(r.van)} – ${datum(r.tot)}`;

function Downloads({ r }: { r: Rapport }) {
  return (
    <>
      <Link href={`/api/v1/rapporten/${r.id}/pdf`} download>
        PDF<span className="stadspunt-verborgen"> van {naamVan(r)}</span>
      </Link>{' '}
      ·{' '}
      <Link href={`/api/v1/rapporten/${r.id}/xlsx`} download>
        Excel<span className="stadspunt-verborgen"> van {naamVan(r)}</span>
      </Link>
    </>
  );
}

const kolommen: Kolom<Rapport>[] = [
  { kop: 'Soort', waarde: (r) => soortNaam(r.soort) },
  { kop: 'Team', waarde: (r) => r.teamNaam ?? 'Hele organisatie' },
  { kop: 'Periode', waarde: (r) => `${datum(r.van)} – ${datum(r.tot)}` },
  { kop: 'Gemaakt', waarde: (r) => tijdstip(r.aangemaakt) },
  { kop: 'Downloaden', waarde: (r) => <Downloads r={r} /> },
];

/** Makes a report of the current week or month now, instead of waiting for the scheduled one. */
function NuMaken({ onKlaar }: { onKlaar: (melding: string) => void }) {
  const client = useQueryClient();
  const medewerker = useMedewerker();
  const rechten = useRechten();
  const [soort, setSoort] = useState<Soort>('week');
  const [gekozen, setTeamId] = useState<string>();
  // The organisation for who may see it, else the employee's first team.
  const teamId = gekozen ?? (rechten?.organisatie ? '' : (medewerker.teams[0]?.id ?? ''));
  const maak = useMutation({
    mutationFn: () => api('POST', '/rapporten', { body: { soort, teamId: teamId || undefined } }),
    onSuccess: (r) => {
      client.invalidateQueries({ queryKey: ['rapporten'] });
      onKlaar(`${naamVan(r)} is gemaakt.`);
    },
  });
  return (
    <form
      aria-labelledby="nu-maken-kop"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        maak.mutate();
      }}
    >
      <Heading level={2} id="nu-maken-kop">
        Nu maken
      </Heading>
      <Foutmelding fout={maak.error} />
      <Keuzeveld
        id="maak-soort"
        naam="soort"
        label="Soort"
        fout={maak.error}
        opties={soorten}
        waarde={soort}
        onKies={setSoort}
      />
      <TeamKeuze
        id="maak-team"
        naam="teamId"
        label="Team"
        leeg={rechten?.organisatie ? 'Hele organisatie' : undefined}
        binnen={rechten?.rapportage}
        waarde={teamId}
        onKies={setTeamId}
        fout={maak.error}
      />
      <Button type="submit" appearance="primary-action-button" busy={maak.isPending}>
        Rapport maken
      </Button>
    </form>
  );
}

export function Rapporten() {
  const rechten = useRechten();
  const [filter, setFilter] = useState<Zoekvraag<'/rapporten'>>({ page: 1 });
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = useQuery({
    queryKey: ['rapporten', filter],
    queryFn: () => get('/rapporten', { query: filter }),
  });
  return (
    <Pagina titel="Rapporten">
      <Paragraph>
        Week- en maandrapportages over de contactverzoeken, per team of voor de hele organisatie.
      </Paragraph>
      <Melding tekst={melding} />
      <NuMaken onKlaar={setMelding} />
      <div className="stadspunt-zoekbalk">
        <Keuzeveld
          id="filter-soort"
          naam="soort"
          label="Soort"
          fout={lijst.error}
          opties={[{ waarde: '', tekst: 'Alle soorten' }, ...soorten]}
          waarde={filter.soort ?? ''}
          onKies={(soort) => setFilter({ ...filter, soort: soort || undefined, page: 1 })}
        />
        <TeamKeuze
          id="filter-team"
          naam="teamId"
          label="Team"
          leeg="Alle teams"
          binnen={rechten?.rapportage}
          waarde={filter.teamId ?? ''}
          onKies={(teamId) => setFilter({ ...filter, teamId, page: 1 })}
        />
      </div>
      <Foutmelding fout={lijst.error} />
      <LijstTabel
        titel="Rapporten, nieuwste eerst"
        kolommen={kolommen}
        lijst={lijst.data}
        sleutel={(r) => r.id}
        onPage={(page) => setFilter({ ...filter, page })}
      />
    </Pagina>
  );
}
