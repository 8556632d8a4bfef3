import { useQuery } from '@tanstack/react-query';
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
import { labels } from '../../shared/labels';
import { datum, getal, procent, tijdstip, weeknaam } from '../../shared/nl';
import { get, type Schema } from '../api';
import { type Cijferkolom, Cijfertabel } from '../components/cijfertabel';
import { Foutmelding } from '../components/fouten';
import { Trendgrafiek } from '../components/grafieken';

type Kto = Schema<'SturingKto'>;
type Telling = Kto['totaal'];

const kolommen: Cijferkolom<Telling>[] = [
  { kop: 'Uitgenodigd', waarde: (r) => getal(r.uitgenodigd, 0) },
  { kop: 'Ingevuld', waarde: (r) => getal(r.beantwoord, 0) },
  { kop: 'Respons', waarde: (r) => procent(r.respons) },
  { kop: 'Gemiddelde score (1–5)', waarde: (r) => getal(r.gemiddeldeScore, 2) },
  { kop: 'In één keer geregeld', waarde: (r) => procent(r.inEenKeer) },
];

const soortnaam = (soort: string) =>
  soort === 'contactverzoek'
    ? 'Contactverzoek (na afhandeling)'
    : soort === 'zaak'
      ? 'Zaak (na afsluiten)'
      : `Contact per ${labels.kanaal[soort as keyof typeof labels.kanaal] ?? soort}`;

/** "4,1 (was 3,8)" against the period before. */
function scoreTrend(d: Kto) {
  const nu = getal(d.totaal.gemiddeldeScore, 2);
  return d.vorigePeriode.gemiddeldeScore === null
    ? nu
    : `${nu} (was ${getal(d.vorigePeriode.gemiddeldeScore, 2)})`;
}

function Tegels({ d }: { d: Kto }) {
  return (
    <ul className="stadspunt-tegels">
      <li>
        <span className="stadspunt-getal">{scoreTrend(d)}</span> gemiddelde score
      </li>
      <li>
        <span className="stadspunt-getal">{procent(d.totaal.inEenKeer)}</span> in één keer geregeld, volgens
        de inwoner
      </li>
      <li>
        <span className="stadspunt-getal">{procent(d.totaal.respons)}</span> respons (
        {getal(d.totaal.beantwoord, 0)} van {getal(d.totaal.uitgenodigd, 0)})
      </li>
    </ul>
  );
}

/** What residents wrote: on screen only, never in a download (free text may name someone). */
function Opmerkingen({ d }: { d: Kto }) {
  if (d.opmerkingen.length === 0) return <Paragraph>Geen opmerkingen in deze periode.</Paragraph>;
  return (
    <Table>
      <TableCaption>Opmerkingen van inwoners, nieuwste eerst (hoogstens 50)</TableCaption>
      <TableHeader>
        <TableRow>
          {['Ingevuld', 'Score', 'In één keer', 'Waarover', 'Opmerking'].map((k) => (
            <TableHeaderCell key={k} scope="col">
              {k}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {d.opmerkingen.map((o) => (
          <TableRow key={`${o.beantwoord}-${o.opmerking}`}>
            <TableCell>{tijdstip(o.beantwoord)}</TableCell>
            <TableCell>{o.score}</TableCell>
            <TableCell>{o.inEenKeer ? 'Ja' : 'Nee'}</TableCell>
            <TableCell>
              {[soortnaam(o.soort), o.teamNaam, o.productNaam].filter(Boolean).join(' · ')}
            </TableCell>
            <TableCell>{o.opmerking}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Uitkomsten({ d }: { d: Kto }) {
  const punten = useMemo(
    () => d.perWeek.map((w) => ({ label: weeknaam(w.week), aantal: w.beantwoord, aandeel: w.inEenKeer })),
    [d.perWeek],
  );
  return (
    <>
      <Tegels d={d} />
      <Trendgrafiek
        punten={punten}
        namen={{ aantal: 'Ingevuld', aandeel: 'In één keer geregeld' }}
        label={`Grafiek van ${punten.length} weken: ingevulde vragenlijsten en het aandeel "in één keer geregeld".`}
        beschrijving="kto-uitleg"
      />
      <Paragraph id="kto-uitleg" className="stadspunt-hulptekst">
        De cijfers van de grafiek staan in de tabel hieronder. Een uitnodiging telt in de week waarin ze is
        verstuurd; de periode ervoor ({datum(d.vorigePeriode.van)} – {datum(d.vorigePeriode.tot)}) is de
        trend.
      </Paragraph>
      <Cijfertabel
        titel="Klanttevredenheid per week"
        bestand="kto-per-week"
        eerste={{ kop: 'Week', waarde: (r) => `${weeknaam(r.week)} (${datum(r.van)} – ${datum(r.tot)})` }}
        cijfers={kolommen}
        rijen={d.perWeek}
        sleutel={(r) => r.week}
      />
      <Cijfertabel
        titel="Klanttevredenheid per kanaal of aanleiding"
        bestand="kto-per-soort"
        eerste={{ kop: 'Na', waarde: (r) => soortnaam(r.soort) }}
        cijfers={kolommen}
        rijen={d.perSoort}
        sleutel={(r) => r.soort}
      />
      {d.teamId === null && (
        <Cijfertabel
          titel="Klanttevredenheid per team"
          bestand="kto-per-team"
          eerste={{ kop: 'Team', waarde: (r) => r.teamNaam ?? 'Zonder team' }}
          cijfers={kolommen}
          rijen={d.perTeam}
          sleutel={(r) => r.teamId ?? ''}
        />
      )}
      <Cijfertabel
        titel="Klanttevredenheid per product"
        bestand="kto-per-product"
        eerste={{ kop: 'Product', waarde: (r) => r.productNaam ?? 'Onbekend product' }}
        cijfers={kolommen}
        rijen={d.perProduct}
        sleutel={(r) => r.productId}
      />
      <Opmerkingen d={d} />
    </>
  );
}

/** The KTO of the chosen team and period on the management screen. */
export function Klanttevredenheid({ teamId, van, tot }: { teamId?: string; van?: string; tot?: string }) {
  const kto = useQuery({
    queryKey: ['sturing', 'kto', teamId, van, tot],
    queryFn: () => get('/sturing/kto', { query: { teamId, van, tot } }),
  });
  return (
    <section aria-labelledby="kto-kop">
      <Heading level={2} id="kto-kop">
        Klanttevredenheid
      </Heading>
      <Paragraph className="stadspunt-hulptekst">
        Na een contact, een afgehandeld contactverzoek of een afgesloten zaak krijgt een deel van de inwoners
        een uitnodiging per e-mail of sms: een score van 1 tot 5, of de vraag in één keer geregeld was, en een
        opmerking. Nooit vaker dan eens per 30 dagen, nooit anoniem of bij geheimhouding.
      </Paragraph>
      <Foutmelding fout={kto.error} />
      {kto.data && <Uitkomsten d={kto.data} />}
    </section>
  );
}
