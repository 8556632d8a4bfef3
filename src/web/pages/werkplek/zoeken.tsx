import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { forwardRef, useEffect, useState } from 'react';
import { ApiFout, get } from '../../api';
import { Foutmelding } from '../../components/fouten';
import type { Zoekresultaat } from './typen';

const soortTekst = { persoon: 'Persoon', organisatie: 'Organisatie', contactpersoon: 'Contactpersoon' };

function useVertraagd(waarde: string, ms = 250) {
  const [v, setV] = useState(waarde);
  useEffect(() => {
    const t = setTimeout(() => setV(waarde), ms);
    return () => clearTimeout(t);
  }, [waarde, ms]);
  return v;
}

interface ZoekenProps {
  onKies: (r: Zoekresultaat) => void;
  onAnoniem: () => void;
}

const zoekopdracht = (term: string) => ({
  queryKey: ['zoeken', term],
  queryFn: () => get('/partijen/zoeken', { query: { q: term } }),
});

/** The one search box: results as you type; Enter opens the first result. */
export const Zoeken = forwardRef<HTMLInputElement, ZoekenProps>(function Zoeken({ onKies, onAnoniem }, ref) {
  const [tekst, setTekst] = useState('');
  const q = useVertraagd(tekst.trim());
  const client = useQueryClient();
  const resultaten = useQuery({ ...zoekopdracht(q), enabled: q.length >= 2 });
  const items = q.length >= 2 ? (resultaten.data?.items ?? []) : [];
  const kies = (r: Zoekresultaat) => {
    setTekst('');
    onKies(r);
  };
  return (
    <search className="stadspunt-zoeken">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          // Enter before the results showed: search now and open the first hit.
          const term = tekst.trim();
          if (term.length < 2) return;
          const eerste = (await client.fetchQuery(zoekopdracht(term)).catch(() => undefined))?.items[0];
          if (eerste) kies(eerste);
        }}
      >
        <FormLabel htmlFor="werkplek-zoek">Zoek een inwoner of bedrijf</FormLabel>
        <Paragraph id="werkplek-zoek-uitleg" className="stadspunt-hulptekst">
          BSN, naam (eventueel met geboortedatum), postcode en huisnummer, telefoon, e-mail of KvK-nummer.
          Toets / om hier terug te komen.
        </Paragraph>
        <input
          ref={ref}
          id="werkplek-zoek"
          type="search"
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-describedby="werkplek-zoek-uitleg"
          aria-controls="werkplek-resultaten"
          autoComplete="off"
          value={tekst}
          onChange={(e) => setTekst(e.target.value)}
        />
        <Button type="button" appearance="subtle-button" onClick={onAnoniem}>
          Anoniem contact
        </Button>
      </form>
      {resultaten.error instanceof ApiFout && resultaten.error.status === 400 ? (
        <Paragraph role="alert" className="stadspunt-veldfout">
          {resultaten.error.veld('q') ?? resultaten.error.message}
        </Paragraph>
      ) : (
        <Foutmelding fout={resultaten.error} />
      )}
      <div id="werkplek-resultaten" aria-live="polite">
        {q.length >= 2 && resultaten.data && (
          <Paragraph>{items.length === 0 ? 'Niemand gevonden.' : `${items.length} gevonden`}</Paragraph>
        )}
        <ul className="stadspunt-resultaten">
          {items.map((r) => (
            <li key={r.partijId ?? r.bsn ?? r.vestigingsnummer ?? r.naam}>
              <button type="button" className="stadspunt-resultaat" onClick={() => kies(r)}>
                <strong>{r.naam}</strong> <span>{soortTekst[r.soort]}</span>
                {r.geboortedatum && (
                  <span> · geboren {new Date(r.geboortedatum).toLocaleDateString('nl-NL')}</span>
                )}
                {r.bsn && <span> · BSN {r.bsn.replaceAll('*', '•')}</span>}
                {r.kvkNummer && <span> · KvK {r.kvkNummer}</span>}
                {r.adres && <span> · {r.adres}</span>}
                {r.geheimhouding && <span> · geheimhouding</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </search>
  );
});
