import { useQuery } from '@tanstack/react-query';
import { Checkbox, FormField, FormLabel, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { Rol } from '../../server/platform/auth/rollen';
import { label } from '../../shared/labels';
import { get, type Schema, type Zoekvraag } from '../api';
import { Foutmelding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { Tekstveld, tekst } from '../components/velden';
import { Zoekbalk } from '../components/zoekbalk';

type AuditRegel = Schema<'AuditRegel'>;

export const tijd = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'short',
    timeStyle: 'medium',
  });

const kolommen: Kolom<AuditRegel>[] = [
  { kop: 'Tijdstip', waarde: (r) => tijd(r.tijdstip) },
  { kop: 'Medewerker', waarde: (r) => r.medewerkerNaam },
  { kop: 'Rol', waarde: (r) => (r.rol ? label('rol', r.rol as Rol) : '') },
  { kop: 'Actie', waarde: (r) => label('auditActie', r.actie) },
  { kop: 'Object', waarde: (r) => <Objectcel regel={r} /> },
  { kop: 'Persoonsgegevens', waarde: (r) => (r.persoonsgegevens ? 'Ja' : 'Nee') },
  { kop: 'Reden', waarde: (r) => r.reden ?? '' },
  { kop: 'Herkomst', waarde: (r) => <Herkomst regel={r} /> },
];

/** The object by its name (the team, the resident, the request number), its id on request. */
function Objectcel({ regel }: { regel: AuditRegel }) {
  if (!regel.objectNaam) return `${regel.objectType} ${regel.objectId ?? ''}`;
  return (
    <details>
      <summary>
        {regel.objectType} {regel.objectNaam}
      </summary>
      {regel.objectId}
    </details>
  );
}

/** The search as it stands, as the query of the export (without the page). */
const exportAdres = ({ page: _p, pageSize: _s, ...filter }: Zoekvraag<'/audit'>) =>
  `/api/v1/audit/export?${new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  )}`;

/** Address in the row; user agent and request ids on request, so the table stays readable. */
function Herkomst({ regel }: { regel: AuditRegel }) {
  return (
    <details>
      <summary>{regel.adres ?? 'Adres onbekend'}</summary>
      <dl>
        <dt>Browser of programma</dt>
        <dd>{regel.userAgent ?? 'Onbekend'}</dd>
        <dt>Request-id</dt>
        <dd>{regel.requestId ?? 'Geen'}</dd>
        {regel.correlatieId && (
          <>
            <dt>Correlatie-id van de aanroeper</dt>
            <dd>{regel.correlatieId}</dd>
          </>
        )}
      </dl>
    </details>
  );
}

export function Audit() {
  const [filter, setFilter] = useState<Zoekvraag<'/audit'>>({ page: 1 });
  const lijst = useQuery({
    queryKey: ['audit', filter],
    queryFn: () => get('/audit', { query: { ...filter, pageSize: 50 } }),
  });
  const zoek = (d: FormData) =>
    setFilter({
      q: tekst(d, 'q'),
      actie: tekst(d, 'actie'),
      objectType: tekst(d, 'objectType'),
      van: tekst(d, 'van'),
      tot: tekst(d, 'tot'),
      adres: tekst(d, 'adres'),
      persoonsgegevens: d.get('persoonsgegevens') ? 'true' : undefined,
      page: 1,
    });
  return (
    <Pagina titel="Auditlog">
      <Foutmelding fout={lijst.error} />
      <Zoekbalk label="Zoek op medewerker, actie, object-id of request-id" onZoek={zoek}>
        <Tekstveld naam="actie" label="Actie (precies)" fout={lijst.error} />
        <Tekstveld naam="objectType" label="Objecttype" fout={lijst.error} />
        <Tekstveld naam="van" label="Van" type="date" fout={lijst.error} />
        <Tekstveld naam="tot" label="Tot en met" type="date" fout={lijst.error} />
        <Tekstveld naam="adres" label="IP-adres (precies)" fout={lijst.error} />
        <FormField type="checkbox">
          <Checkbox id="filter-pg" name="persoonsgegevens" />
          <FormLabel htmlFor="filter-pg" type="checkbox">
            Alleen inzage of wijziging van persoonsgegevens
          </FormLabel>
        </FormField>
      </Zoekbalk>
      <Paragraph>
        <Link href={exportAdres(filter)} download>
          Exporteer deze regels als CSV
        </Link>{' '}
        (voor Excel; BSN's gemaskeerd; de export wordt zelf ook gelogd)
      </Paragraph>
      <LijstTabel
        titel="Auditregels, nieuwste eerst"
        kolommen={kolommen}
        lijst={lijst.data}
        sleutel={(r) => String(r.id)}
        onPage={(page) => setFilter({ ...filter, page })}
      />
    </Pagina>
  );
}
