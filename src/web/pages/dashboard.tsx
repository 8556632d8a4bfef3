import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { datum, getal, procent, weeknaam } from '../../shared/nl';
import { get, type Schema } from '../api';
import { Foutmelding } from '../components/fouten';
import { Trendgrafiek } from '../components/grafieken';
import { Pagina } from '../components/pagina';
import { RapportageTeamKeuze } from '../components/teamkeuze';
import { useMedewerker } from '../sessie';
import { Lijstlink } from './lijstlink';

// ECharts is large: it loads with the dashboard, not with the rest of the app.

type Tegel = 'open' | 'vandaag' | 'teLaat' | 'geslotenDezeWeek';
type DashboardCijfers = Schema<'ContactverzoekenDashboard'>;

/** Since when the share within the norm is counted: the start of the period in its link. */
const sinds = (qs: string) => new URLSearchParams(qs).get('afgehandeldVanaf');

const tegels: { sleutel: Tegel; tekst: string }[] = [
  { sleutel: 'open', tekst: 'open' },
  { sleutel: 'vandaag', tekst: 'termijn vandaag' },
  { sleutel: 'teLaat', tekst: 'te laat' },
  { sleutel: 'geslotenDezeWeek', tekst: 'gesloten deze week' },
];

function Tegels({ d }: { d: DashboardCijfers }) {
  return (
    <ul className="stadspunt-tegels">
      {tegels.map((t) => (
        <li
          key={t.sleutel}
          className={t.sleutel === 'teLaat' && d.teLaat > 0 ? 'stadspunt-te-laat' : undefined}
        >
          <Lijstlink naar="/werkvoorraad" qs={d.links[t.sleutel]}>
            <span className="stadspunt-getal">{d[t.sleutel]}</span> {t.tekst}
          </Lijstlink>
        </li>
      ))}
      <li>
        <span className="stadspunt-getal">{procent(d.binnenNorm.aandeel)}</span> binnen de norm
        {sinds(d.links.binnenNorm) && ` sinds ${datum(sinds(d.links.binnenNorm) as string)}`} (
        <Lijstlink naar="/werkvoorraad" qs={d.links.binnenNorm}>
          {d.binnenNorm.binnen} binnen
        </Lijstlink>
        ,{' '}
        <Lijstlink naar="/werkvoorraad" qs={d.links.buitenNorm}>
          {d.binnenNorm.totaal - d.binnenNorm.binnen} buiten
        </Lijstlink>{' '}
        de norm)
      </li>
      <li>
        <span className="stadspunt-getal">{getal(d.gemiddeldeDoorlooptijdUren)}</span> uur gemiddelde
        doorlooptijd (laatste 4 weken)
      </li>
      <li>
        <span className="stadspunt-getal">{getal(d.pogingenPerVerzoek)}</span> belpogingen per verzoek
        (laatste 4 weken)
      </li>
    </ul>
  );
}

const trendnamen = { aantal: 'Gesloten', aandeel: 'Binnen de norm' };

function Trend({ d }: { d: DashboardCijfers }) {
  const punten = useMemo(
    () => d.trend.map((w) => ({ label: weeknaam(w.week), aantal: w.gesloten, aandeel: w.aandeel })),
    [d.trend],
  );
  return (
    <section aria-labelledby="trend-kop">
      <Heading level={2} id="trend-kop">
        Per week: gesloten en binnen de norm
      </Heading>
      <Trendgrafiek
        punten={punten}
        namen={trendnamen}
        label={`Grafiek van de laatste ${d.trend.length} weken: gesloten contactverzoeken en het aandeel binnen de norm.`}
        beschrijving="trend-tabel-uitleg"
      />
      <Paragraph id="trend-tabel-uitleg" className="stadspunt-hulptekst">
        De cijfers van de grafiek staan in de tabel hieronder.
      </Paragraph>
      <Table>
        <TableCaption>Gesloten contactverzoeken per week, oudste week eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Week</TableHeaderCell>
            <TableHeaderCell scope="col">Periode</TableHeaderCell>
            <TableHeaderCell scope="col">Gesloten</TableHeaderCell>
            <TableHeaderCell scope="col">Binnen de norm</TableHeaderCell>
            <TableHeaderCell scope="col">Aandeel</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {d.trend.map((w) => (
            <TableRow key={w.week}>
              <TableHeaderCell scope="row">{weeknaam(w.week)}</TableHeaderCell>
              <TableCell>
                {datum(w.van)} – {datum(w.tot)}
              </TableCell>
              <TableCell>{w.gesloten}</TableCell>
              <TableCell>{w.binnenNorm}</TableCell>
              <TableCell>{procent(w.aandeel)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function PerTeam({ d }: { d: DashboardCijfers }) {
  if (d.teams.length === 0) return null;
  return (
    <Table>
      <TableCaption>Per team</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Team</TableHeaderCell>
          {tegels.map((t) => (
            <TableHeaderCell key={t.sleutel} scope="col">
              {t.tekst[0].toUpperCase() + t.tekst.slice(1)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell scope="col">Binnen de norm</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {d.teams.map((t) => (
          <TableRow key={t.teamId}>
            <TableHeaderCell scope="row">{t.teamNaam}</TableHeaderCell>
            {tegels.map((k) => (
              <TableCell key={k.sleutel}>
                <Lijstlink naar="/werkvoorraad" qs={d.links[k.sleutel]} teamId={t.teamId}>
                  {t[k.sleutel]}
                  <span className="stadspunt-verborgen">
                    {' '}
                    {k.tekst} bij {t.teamNaam}
                  </span>
                </Lijstlink>
              </TableCell>
            ))}
            <TableCell>{procent(t.aandeelBinnenNorm)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

type Zaakrij = DashboardCijfers['zaken']['totaal'];

const zaakkolommen: { sleutel: Exclude<keyof Zaakrij, 'gemiddeldeDoorlooptijdDagen'>; tekst: string }[] = [
  { sleutel: 'afgesloten', tekst: 'Afgesloten' },
  { sleutel: 'binnenServicenorm', tekst: 'Binnen servicenorm' },
  { sleutel: 'binnenTermijn', tekst: 'Binnen wettelijke termijn' },
  { sleutel: 'teLaat', tekst: 'Te laat afgesloten' },
  { sleutel: 'open', tekst: 'Open' },
  { sleutel: 'openTeLaat', tekst: 'Open, te laat' },
  { sleutel: 'opgeschort', tekst: 'Opgeschort' },
  { sleutel: 'verlengd', tekst: 'Verlengd' },
];

function Zaaktabel({
  titel,
  kop,
  rijen,
}: {
  titel: string;
  kop: string;
  rijen: (Zaakrij & { naam: string; sleutel: string })[];
}) {
  return (
    <Table>
      <TableCaption>{titel}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{kop}</TableHeaderCell>
          {zaakkolommen.map((k) => (
            <TableHeaderCell key={k.sleutel} scope="col">
              {k.tekst}
            </TableHeaderCell>
          ))}
          <TableHeaderCell scope="col">Gemiddelde doorlooptijd (kalenderdagen)</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rijen.map((r) => (
          <TableRow key={r.sleutel}>
            <TableHeaderCell scope="row">{r.naam}</TableHeaderCell>
            {zaakkolommen.map((k) => (
              <TableCell key={k.sleutel}>{getal(r[k.sleutel], 0)}</TableCell>
            ))}
            <TableCell>{getal(r.gemiddeldeDoorlooptijdDagen)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The zaken of the same team or organisation: in time and late per zaaktype (and per team), suspended, extended. */
function Zaken({ d }: { d: DashboardCijfers }) {
  const z = d.zaken;
  return (
    <section aria-labelledby="zaken-kop">
      <Heading level={2} id="zaken-kop">
        Zaken
      </Heading>
      <Paragraph className="stadspunt-hulptekst">
        Laatste 4 weken; open en te laat: stand van vandaag. Te laat is na de uiterlijke einddatum afdoening;
        een opgeschorte zaak wacht.
      </Paragraph>
      <Zaaktabel
        titel="Zaken per zaaktype"
        kop="Zaaktype"
        rijen={[
          ...z.perZaaktype.map((r) => ({ ...r, naam: r.omschrijving, sleutel: r.zaaktype })),
          { ...z.totaal, naam: 'Totaal', sleutel: '' },
        ]}
      />
      {d.teamId === null && (
        <Zaaktabel
          titel="Zaken per team"
          kop="Team"
          rijen={z.perTeam.map((r) => ({ ...r, naam: r.teamNaam, sleutel: r.teamId }))}
        />
      )}
    </section>
  );
}

/** How the contactverzoeken of a team (or the whole organisation) are doing; every number opens the list. */
export function Dashboard({ zoek }: { zoek: { teamId?: string } }) {
  const medewerker = useMedewerker();
  const navigate = useNavigate();
  // In the URL, so a dashboard can be bookmarked and linked to; "alle" is the whole organisation.
  const gekozen = zoek.teamId ?? medewerker.teams[0]?.id ?? 'alle';
  const teamId = gekozen === 'alle' ? '' : gekozen;
  const setTeamId = (t: string) => navigate({ to: '/dashboard', search: { teamId: t || 'alle' } });
  const cijfers = useQuery({
    queryKey: ['dashboard', teamId],
    queryFn: () => get('/contactverzoeken/dashboard', { query: { teamId } }),
  });
  const d = cijfers.data;
  return (
    <Pagina titel="Dashboard contactverzoeken">
      <div className="stadspunt-zoekbalk">
        <RapportageTeamKeuze
          id="dashboard-team"
          naam="teamId"
          label="Team"
          waarde={teamId}
          onKies={setTeamId}
        />
      </div>
      <Foutmelding fout={cijfers.error} />
      {d && (
        <>
          <Paragraph>
            {d.teamNaam ?? 'Hele organisatie'}, stand van {datum(d.peildatum)}.
          </Paragraph>
          <Tegels d={d} />
          <Trend d={d} />
          <PerTeam d={d} />
          <Zaken d={d} />
        </>
      )}
    </Pagina>
  );
}
