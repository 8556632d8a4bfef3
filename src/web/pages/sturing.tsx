import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { kanalen } from '../../server/modules/klantcontacten/waarden';
import { labels } from '../../shared/labels';
import { datum, getal, procent, tijdstip, weeknaam } from '../../shared/nl';
import { get, type Schema } from '../api';
import { type Cijferkolom, Cijfertabel } from '../components/cijfertabel';
import { Foutmelding } from '../components/fouten';
import { Mixgrafiek, Trendgrafiek } from '../components/grafieken';
import { Pagina } from '../components/pagina';
import { RapportageTeamKeuze } from '../components/teamkeuze';
import { Tekstveld, tekst } from '../components/velden';
import { useMedewerker } from '../sessie';
import { Klanttevredenheid } from './klanttevredenheid';
import { Lijstlink } from './lijstlink';

type Sturing = Schema<'SturingContacten'>;
type Fcr = Sturing['fcr']['totaal'];
type Mix = Sturing['kanaalmix']['totaal'];
export interface SturingZoek {
  teamId?: string;
  van?: string;
  tot?: string;
}

const aantal = (n: number) => getal(n, 0);

const fcrKolommen: Cijferkolom<Fcr>[] = [
  { kop: 'Contacten', waarde: (r) => aantal(r.contacten) },
  { kop: 'Beantwoord in het contact', waarde: (r) => aantal(r.beantwoord) },
  { kop: 'Naïef', waarde: (r) => procent(r.naief) },
  { kop: 'Met bekende partij', waarde: (r) => aantal(r.bekend) },
  { kop: 'Opgelost zonder vervolgcontact', waarde: (r) => aantal(r.opgelost) },
  { kop: 'FCR', waarde: (r) => procent(r.fcr) },
];

const mixKolommen: Cijferkolom<Mix>[] = [
  ...kanalen.map((k) => ({
    kop: labels.kanaal[k],
    waarde: (r: Mix) => aantal(r.kanalen.find((m) => m.kanaal === k)?.aantal ?? 0),
  })),
  { kop: 'Totaal', waarde: (r) => aantal(r.totaal) },
  { kop: 'Digitaal', waarde: (r) => aantal(r.digitaal) },
  { kop: 'Aandeel digitaal', waarde: (r) => procent(r.aandeelDigitaal) },
];

const weekKolom: Cijferkolom<{ week: string; van: string; tot: string }> = {
  kop: 'Week',
  waarde: (r) => `${weeknaam(r.week)} (${datum(r.van)} – ${datum(r.tot)})`,
};
const productKolom: Cijferkolom<{ productNaam: string | null }> = {
  kop: 'Product',
  waarde: (r) => r.productNaam ?? 'Onbekend product',
};

function Tegels({ d }: { d: Sturing }) {
  const t = d.fcr.totaal;
  return (
    <ul className="stadspunt-tegels">
      <li>
        <span className="stadspunt-getal">{aantal(t.contacten)}</span> afgeronde contacten
      </li>
      <li>
        <span className="stadspunt-getal">{procent(t.fcr)}</span> first-contact resolution
      </li>
      <li>
        <span className="stadspunt-getal">{procent(t.naief)}</span> beantwoord in het contact (naïef)
      </li>
      <li>
        <span className="stadspunt-getal">{procent(d.kanaalmix.totaal.aandeelDigitaal)}</span> digitaal
        binnengekomen
      </li>
    </ul>
  );
}

function Definities({ d }: { d: Sturing }) {
  return (
    <details className="stadspunt-definities">
      <summary>Hoe tellen we?</summary>
      <Paragraph>
        <strong>Naïef</strong>: het aandeel contacten waarin alle vragen in het contact zelf zijn beantwoord
        (afgehandeld of doorverwezen), zonder contactverzoek, zaak of doorverbinden.
      </Paragraph>
      <Paragraph>
        <strong>First-contact resolution (FCR)</strong>: van de contacten met een bekende inwoner of bedrijf
        het aandeel dat in het contact is beantwoord én waarna dezelfde partij binnen {d.herhaaltermijnDagen}{' '}
        dagen niet opnieuw contact zocht over hetzelfde product. Anonieme contacten tellen niet mee in de FCR;
        een vraag zonder product is nooit een vervolgcontact.
      </Paragraph>
      <Paragraph>
        <strong>Digitaal</strong>: webformulier, e-mail, chat en social media; telefoon, balie en post niet.
      </Paragraph>
    </details>
  );
}

function FcrPerWeek({ d }: { d: Sturing }) {
  const punten = useMemo(
    () => d.fcr.perWeek.map((w) => ({ label: weeknaam(w.week), aantal: w.contacten, aandeel: w.fcr })),
    [d.fcr.perWeek],
  );
  return (
    <section aria-labelledby="fcr-kop">
      <Heading level={2} id="fcr-kop">
        First-contact resolution
      </Heading>
      <Trendgrafiek
        punten={punten}
        namen={{ aantal: 'Contacten', aandeel: 'FCR' }}
        label={`Grafiek van ${d.fcr.perWeek.length} weken: afgeronde contacten en de first-contact resolution.`}
        beschrijving="fcr-uitleg"
      />
      <Paragraph id="fcr-uitleg" className="stadspunt-hulptekst">
        De cijfers van de grafiek staan in de tabel hieronder. Contacten vanaf {datum(d.voorlopigVanaf)}{' '}
        kunnen nog een vervolgcontact krijgen: hun FCR is voorlopig.
      </Paragraph>
      <Cijfertabel
        titel="FCR per week"
        bestand="fcr-per-week"
        eerste={weekKolom}
        cijfers={fcrKolommen}
        rijen={d.fcr.perWeek}
        sleutel={(r) => r.week}
      />
      <Cijfertabel
        titel="FCR per kanaal"
        bestand="fcr-per-kanaal"
        eerste={{ kop: 'Kanaal', waarde: (r) => labels.kanaal[r.kanaal] }}
        cijfers={fcrKolommen}
        rijen={d.fcr.perKanaal}
        sleutel={(r) => r.kanaal}
      />
      {d.teamId === null && (
        <Cijfertabel
          titel="FCR per team"
          bestand="fcr-per-team"
          eerste={{ kop: 'Team', waarde: (r) => r.teamNaam ?? 'Zonder team' }}
          cijfers={fcrKolommen}
          rijen={d.fcr.perTeam}
          sleutel={(r) => r.teamId ?? ''}
        />
      )}
      <Cijfertabel
        titel="FCR per medewerker"
        bestand="fcr-per-medewerker"
        eerste={{ kop: 'Medewerker', waarde: (r) => r.medewerkerNaam ?? 'Onbekend' }}
        cijfers={fcrKolommen}
        rijen={d.fcr.perMedewerker}
        sleutel={(r) => r.medewerkerId ?? ''}
      />
      <Cijfertabel
        titel="FCR per product"
        bestand="fcr-per-product"
        eerste={productKolom}
        cijfers={fcrKolommen}
        rijen={d.fcr.perProduct}
        sleutel={(r) => r.productId}
      />
    </section>
  );
}

function Kanaalmix({ d }: { d: Sturing }) {
  const punten = useMemo(
    () =>
      d.kanaalmix.perWeek.map((w) => ({
        label: weeknaam(w.week),
        aantallen: kanalen.map((k) => w.kanalen.find((m) => m.kanaal === k)?.aantal ?? 0),
        aandeel: w.aandeelDigitaal,
      })),
    [d.kanaalmix.perWeek],
  );
  return (
    <section aria-labelledby="mix-kop">
      <Heading level={2} id="mix-kop">
        Kanaalmix
      </Heading>
      <Mixgrafiek
        punten={punten}
        kanalen={kanaalnamen}
        lijnNaam="Aandeel digitaal"
        label={`Grafiek van ${punten.length} weken: contacten per kanaal en het aandeel dat digitaal binnenkwam.`}
        beschrijving="mix-uitleg"
      />
      <Paragraph id="mix-uitleg" className="stadspunt-hulptekst">
        De cijfers van de grafiek staan in de tabel hieronder.
      </Paragraph>
      <Cijfertabel
        titel="Contacten per week en kanaal"
        bestand="kanaalmix-per-week"
        eerste={weekKolom}
        cijfers={mixKolommen}
        rijen={d.kanaalmix.perWeek}
        sleutel={(r) => r.week}
      />
      <Cijfertabel
        titel="Contacten per product en kanaal"
        bestand="kanaalmix-per-product"
        eerste={productKolom}
        cijfers={mixKolommen}
        rijen={d.kanaalmix.perProduct}
        sleutel={(r) => r.productId}
      />
    </section>
  );
}

const kanaalnamen = kanalen.map((k) => labels.kanaal[k]);

type Normen = Schema<'SturingServicenormen'>;
type Normrij = Normen['normen'][number];
type Normperiode = Normrij['perioden'][number];

const periodenamen = { week: 'Vorige week', maand: 'Vorige maand', kwartaal: 'Vorig kwartaal' } as const;
const soorten = ['week', 'maand', 'kwartaal'] as const;

/** "−6,7 procentpunt" against the period before, or nothing without a trend. */
const trend = (p: Normperiode) =>
  p.trendProcentpunt === null
    ? ''
    : ` (${p.trendProcentpunt > 0 ? '+' : ''}${getal(p.trendProcentpunt)} procentpunt)`;

const normtekst = (p: Normperiode | undefined, rij: Normrij) =>
  p
    ? `${procent(p.aandeel)}${trend(p)}; ${aantal(p.gehaald)} van ${aantal(p.totaal)}`
    : `Niet gemeten: ${rij.nietGemeten}`;

function Normcel({ p, rij }: { p: Normperiode | undefined; rij: Normrij }) {
  if (!p) return <span className="stadspunt-hulptekst">Niet gemeten: {rij.nietGemeten}</span>;
  return (
    <>
      <strong>{procent(p.aandeel)}</strong>
      {trend(p)}
      <br />
      <Lijstlink naar={p.lijst.pad} qs={p.lijst.gehaald}>
        {aantal(p.gehaald)} gehaald
      </Lijstlink>
      ,{' '}
      <Lijstlink naar={p.lijst.pad} qs={p.lijst.gemist}>
        {aantal(p.totaal - p.gehaald)} gemist
      </Lijstlink>
    </>
  );
}

/** How fresh the day counts behind the figures are, and while they are first built, from which day they are there. */
function Stand({ s }: { s: { bijgewerktOp: string | null; opbouwVanaf: string | null } }) {
  if (!s.bijgewerktOp) return <>De cijfers worden voor het eerst opgebouwd; dat duurt enkele minuten.</>;
  return (
    <>
      Bijgewerkt op {tijdstip(s.bijgewerktOp)}.
      {s.opbouwVanaf && <> De cijfers van vóór {datum(s.opbouwVanaf)} worden nog opgebouwd.</>}
    </>
  );
}

/** The norms of every channel; each measured figure opens the requests or zaken behind it. */
function Servicenormen({ n }: { n: Normen }) {
  const gemeten = n.normen.find((r) => r.perioden.length > 0);
  const kolom = (soort: (typeof soorten)[number]): Cijferkolom<Normrij> => {
    const p = gemeten?.perioden.find((x) => x.soort === soort);
    const bij = (r: Normrij) => r.perioden.find((x) => x.soort === soort);
    return {
      kop: p ? `${periodenamen[soort]} (${datum(p.van)} – ${datum(p.tot)})` : periodenamen[soort],
      waarde: (r) => normtekst(bij(r), r),
      inhoud: (r) => <Normcel p={bij(r)} rij={r} />,
    };
  };
  return (
    <section aria-labelledby="normen-kop">
      <Heading level={2} id="normen-kop">
        Servicenormen
      </Heading>
      <Paragraph className="stadspunt-hulptekst">
        Het aandeel dat de norm haalde in de laatste volle week, maand en het laatste volle kwartaal, met de
        verandering ten opzichte van de periode ervoor. Contactverzoeken tellen op de dag van afhandelen,
        zaken op hun einddatum. <Stand s={n} />
      </Paragraph>
      <Cijfertabel
        titel="Servicenormen van elk kanaal"
        bestand="servicenormen"
        eerste={{ kop: 'Norm', waarde: (r) => r.norm }}
        cijfers={[{ kop: 'Kanaal', waarde: (r) => r.kanaal }, ...soorten.map(kolom)]}
        rijen={n.normen}
        sleutel={(r) => r.code}
      />
    </section>
  );
}

function Periode({ zoek, fout, kies }: { zoek: SturingZoek; fout: unknown; kies: (z: SturingZoek) => void }) {
  return (
    <form
      className="stadspunt-zoekbalk"
      aria-label="Periode"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        kies({ ...zoek, van: tekst(data, 'van') || undefined, tot: tekst(data, 'tot') || undefined });
      }}
    >
      <Tekstveld id="sturing-van" naam="van" type="date" label="Eerste dag" waarde={zoek.van} fout={fout} />
      <Tekstveld id="sturing-tot" naam="tot" type="date" label="Laatste dag" waarde={zoek.tot} fout={fout} />
      <Button type="submit" appearance="secondary-action-button">
        Toon periode
      </Button>
    </form>
  );
}

/** The day counts are brought up to date every minute: an open screen follows them. */
const VERVERS_MS = 60_000;

/** First-contact resolution and the channel mix of a team or the whole organisation, as tables and charts. */
export function SturingPagina({ zoek }: { zoek: SturingZoek }) {
  const medewerker = useMedewerker();
  const navigate = useNavigate();
  const gekozen = zoek.teamId ?? medewerker.teams[0]?.id ?? 'alle';
  const teamId = gekozen === 'alle' ? undefined : gekozen;
  const kies = (z: SturingZoek) => navigate({ to: '/sturing', search: z });
  const cijfers = useQuery({
    queryKey: ['sturing', 'contacten', teamId, zoek.van, zoek.tot],
    queryFn: () => get('/sturing/contacten', { query: { teamId, van: zoek.van, tot: zoek.tot } }),
    refetchInterval: VERVERS_MS,
  });
  const normen = useQuery({
    queryKey: ['sturing', 'servicenormen', teamId],
    queryFn: () => get('/sturing/servicenormen', { query: { teamId } }),
    refetchInterval: VERVERS_MS,
  });
  const d = cijfers.data;
  return (
    <Pagina titel="Sturing op dienstverlening">
      <div className="stadspunt-zoekbalk">
        <RapportageTeamKeuze
          id="sturing-team"
          naam="teamId"
          label="Team"
          waarde={teamId ?? ''}
          onKies={(t) => kies({ ...zoek, teamId: t || 'alle' })}
        />
      </div>
      <Periode key={`${zoek.van}/${zoek.tot}`} zoek={zoek} fout={cijfers.error} kies={kies} />
      <Foutmelding fout={cijfers.error} />
      {d && (
        <>
          <Paragraph>
            {d.teamNaam ?? 'Hele organisatie'}, {datum(d.van)} tot en met {datum(d.tot)}. <Stand s={d} />
          </Paragraph>
          <Tegels d={d} />
          <Definities d={d} />
          <FcrPerWeek d={d} />
          <Kanaalmix d={d} />
        </>
      )}
      <Foutmelding fout={normen.error} />
      {normen.data && <Servicenormen n={normen.data} />}
      {d && <Klanttevredenheid teamId={teamId} van={zoek.van} tot={zoek.tot} />}
    </Pagina>
  );
}
