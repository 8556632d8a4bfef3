import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { eersteVanMaand, maandagVan } from '../../shared/dagen';
import { labels } from '../../shared/labels';
import { invoertijd } from '../../shared/nl';
import { ApiFout, api, get, type Schema, type Zoekvraag } from '../api';
import { Foutmelding, Melding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { RapportageTeamKeuze, TeamKeuze } from '../components/teamkeuze';
import { formulier, Keuzeveld, type Optie, Tekstveld, tekst } from '../components/velden';
import { datum, tijdstip } from '../datum';
import { useMedewerker, useRechten } from '../sessie';

type Rapport = Schema<'Rapport'>;
type Soort = Rapport['soort'];

const soorten: Optie<Soort>[] = (['week', 'maand', 'periode'] as const).map((s) => ({
  waarde: s,
  tekst: labels.rapportsoort[s],
}));
const soortNaam = (s: Soort) => labels.rapportsoort[s];

/** What the employee picks; each becomes a kind and (for a chosen week, month or range) its days. */
type Keuze = 'deze-week' | 'vorige-week' | 'week' | 'deze-maand' | 'vorige-maand' | 'maand' | 'periode';
const keuzes: Optie<Keuze>[] = [
  { waarde: 'deze-week', tekst: 'Deze week (tot en met vandaag)' },
  { waarde: 'vorige-week', tekst: 'Vorige week' },
  { waarde: 'week', tekst: 'Een andere week' },
  { waarde: 'deze-maand', tekst: 'Deze maand (tot en met vandaag)' },
  { waarde: 'vorige-maand', tekst: 'Vorige maand' },
  { waarde: 'maand', tekst: 'Een andere maand' },
  { waarde: 'periode', tekst: 'Een periode van dagen' },
];

const veldfout = (veld: string, melding: string) => new ApiFout(422, melding, [{ veld, melding }]);

/** The kind and days the server is asked for; the server checks the days and says what is wrong. */
function periodeVan(keuze: Keuze, d: FormData): { soort: Soort; van?: string; tot?: string } {
  const vandaag = invoertijd(new Date()).slice(0, 10);
  const dag = tekst(d, 'van');
  if ((keuze === 'week' || keuze === 'maand') && !dag)
    throw veldfout('van', `Kies een dag in de ${keuze === 'week' ? 'week' : 'maand'}.`);
  switch (keuze) {
    case 'deze-week':
      return { soort: 'week', van: maandagVan(vandaag) };
    case 'week':
      return { soort: 'week', van: maandagVan(dag) };
    case 'deze-maand':
      return { soort: 'maand', van: eersteVanMaand(vandaag) };
    case 'maand':
      return { soort: 'maand', van: eersteVanMaand(dag) };
    case 'periode':
      return { soort: 'periode', van: dag || undefined, tot: tekst(d, 'tot') || undefined };
    default:
      return { soort: keuze === 'vorige-week' ? 'week' : 'maand' };
  }
}
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

/** Makes a report of a week, a month or a range of days now, instead of waiting for the scheduled one. */
function NuMaken({ onKlaar }: { onKlaar: (melding: string) => void }) {
  const client = useQueryClient();
  const medewerker = useMedewerker();
  const rechten = useRechten();
  const [keuze, setKeuze] = useState<Keuze>('deze-week');
  const [gekozen, setTeamId] = useState<string>();
  // The organisation for who may see it, else the employee's first team.
  const teamId = gekozen ?? (rechten?.organisatie ? '' : (medewerker.teams[0]?.id ?? ''));
  const maak = useMutation({
    mutationFn: async (d: FormData) =>
      api('POST', '/rapporten', { body: { ...periodeVan(keuze, d), teamId: teamId || undefined } }),
    onSuccess: (r) => {
      client.invalidateQueries({ queryKey: ['rapporten'] });
      onKlaar(`${naamVan(r)} is gemaakt.`);
    },
  });
  return (
    <form aria-labelledby="nu-maken-kop" noValidate onSubmit={(e) => maak.mutate(formulier(e))}>
      <Heading level={2} id="nu-maken-kop">
        Nu maken
      </Heading>
      <Foutmelding fout={maak.error} />
      <Keuzeveld
        id="maak-periode"
        naam="periode"
        label="Periode"
        fout={maak.error}
        opties={keuzes}
        waarde={keuze}
        onKies={setKeuze}
      />
      {(keuze === 'week' || keuze === 'maand') && (
        <Tekstveld
          key={keuze}
          id="maak-van"
          naam="van"
          type="date"
          label={keuze === 'week' ? 'Een dag in die week' : 'Een dag in die maand'}
          fout={maak.error}
        />
      )}
      {keuze === 'periode' && (
        <>
          <Tekstveld id="maak-van" naam="van" type="date" label="Eerste dag" fout={maak.error} />
          <Tekstveld
            id="maak-tot"
            naam="tot"
            type="date"
            label="Laatste dag"
            beschrijving="Tot en met deze dag, hoogstens een jaar na de eerste en niet na vandaag."
            fout={maak.error}
          />
        </>
      )}
      <RapportageTeamKeuze
        id="maak-team"
        naam="teamId"
        label="Team"
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
  const [filter, setFilter] = useState<Zoekvraag<'/rapporten'>>({ page: 1 });
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = useQuery({
    queryKey: ['rapporten', filter],
    queryFn: () => get('/rapporten', { query: filter }),
  });
  return (
    <Pagina titel="Rapporten">
      <Paragraph>
        Rapportages over de contactverzoeken van een week, een maand of een gekozen periode, per team of voor
        de hele organisatie.
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
          binnen="rapportage"
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
