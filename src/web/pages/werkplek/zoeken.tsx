import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { forwardRef, useEffect, useState } from 'react';
import { ApiFout, get } from '../../api';
import { Foutmelding } from '../../components/fouten';
import type { Zoekresultaat, Zoeksoort } from './typen';

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
  onKies: (r: Zoekresultaat, zoeksoort: Zoeksoort) => void;
  onAnoniem: () => void;
}

const zoekopdracht = (term: string) => ({
  queryKey: ['zoeken', term],
  queryFn: () => get('/partijen/zoeken', { query: { q: term } }),
});

const optieId = (i: number) => `werkplek-resultaat-${i}`;

function Resultaat({ r }: { r: Zoekresultaat }) {
  return (
    <>
      <strong>{r.naam}</strong>{' '}
      <span>
        {soortTekst[r.soort]}
        {r.organisatie && ` bij ${r.organisatie}`}
      </span>
      {r.geboortedatum && <span> · geboren {new Date(r.geboortedatum).toLocaleDateString('nl-NL')}</span>}
      {r.bsn && <span> · BSN {r.bsn.replaceAll('*', '•')}</span>}
      {r.kvkNummer && <span> · KvK {r.kvkNummer}</span>}
      {r.adres && <span> · {r.adres}</span>}
      {r.geheimhouding && <span> · geheimhouding</span>}
    </>
  );
}

/**
 * The one search box, a combobox over its results as you type: the arrow keys move through
 * them (the box keeps the focus, `aria-activedescendant` says which one is highlighted) and
 * Enter opens the highlighted one, the first unless the agent moved.
 */
export const Zoeken = forwardRef<HTMLInputElement, ZoekenProps>(function Zoeken({ onKies, onAnoniem }, ref) {
  const [tekst, setTekst] = useState('');
  const [actief, setActief] = useState(0);
  const q = useVertraagd(tekst.trim());
  const client = useQueryClient();
  const resultaten = useQuery({ ...zoekopdracht(q), enabled: q.length >= 2 });
  // An emptied box (a result was opened) hides the results at once, not after the delay.
  const data = q.length >= 2 && tekst.trim().length >= 2 ? resultaten.data : undefined;
  const items = data?.items ?? [];
  // New results: the highlight starts at the first again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the results change
  useEffect(() => setActief(0), [data]);
  const kies = (r: Zoekresultaat, zoeksoort: Zoeksoort) => {
    setTekst('');
    onKies(r, zoeksoort);
  };
  const open = items.length > 0;
  const verplaats = (stap: number) => setActief((a) => Math.max(0, Math.min(items.length - 1, a + stap)));
  return (
    <search className="stadspunt-zoeken">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const term = tekst.trim();
          if (term.length < 2) return;
          // The results on screen are of what was typed: open the highlighted one.
          if (data && q === term && items[actief]) return kies(items[actief], data.zoeksoort);
          // Enter before the results showed: search now and open the first hit.
          const nu = await client.fetchQuery(zoekopdracht(term)).catch(() => undefined);
          if (nu?.items[0]) kies(nu.items[0], nu.zoeksoort);
        }}
      >
        <FormLabel htmlFor="werkplek-zoek">Zoek een inwoner of bedrijf</FormLabel>
        <Paragraph id="werkplek-zoek-uitleg" className="stadspunt-hulptekst">
          BSN, naam (eventueel met geboortedatum), postcode en huisnummer, telefoon, e-mail of KvK-nummer.
          Pijltjes kiezen een resultaat, Enter opent het. Toets / om hier terug te komen.
        </Paragraph>
        <input
          ref={ref}
          id="werkplek-zoek"
          type="search"
          role="combobox"
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-describedby="werkplek-zoek-uitleg"
          aria-controls="werkplek-resultaten"
          aria-expanded={open}
          aria-autocomplete="list"
          aria-activedescendant={open ? optieId(actief) : undefined}
          autoComplete="off"
          value={tekst}
          onChange={(e) => setTekst(e.target.value)}
          onKeyDown={(e) => {
            if (!open || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
            e.preventDefault();
            verplaats(e.key === 'ArrowDown' ? 1 : -1);
          }}
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
      <Paragraph aria-live="polite">
        {data && (items.length === 0 ? 'Niemand gevonden.' : `${items.length} gevonden`)}
      </Paragraph>
      {data && open && (
        <div
          id="werkplek-resultaten"
          role="listbox"
          aria-label="Zoekresultaten"
          className="stadspunt-resultaten"
        >
          {items.map((r, i) => (
            // The box keeps the focus; a click (or Enter in the box) opens the option.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works through the combobox
            <div
              key={r.partijId ?? r.bsn ?? r.vestigingsnummer ?? r.naam}
              id={optieId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === actief}
              className="stadspunt-resultaat"
              onClick={() => kies(r, data.zoeksoort)}
            >
              <Resultaat r={r} />
            </div>
          ))}
        </div>
      )}
    </search>
  );
});
