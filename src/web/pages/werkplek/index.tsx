import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiFout, api, get } from '../../api';
import { Foutmelding, Melding } from '../../components/fouten';
import { Pagina } from '../../components/pagina';
import { Concepten } from './concepten';
import { Contact } from './contact';
import { Partijkaart } from './partijkaart';
import { Tijdlijn } from './tijdlijn';
import type { Klantcontact, Partij, Zoekresultaat } from './typen';
import { Zoeken } from './zoeken';

interface Lopend {
  partijId: string | null;
  start: Date;
  concept?: Klantcontact;
}

/** The first phone number and e-mail address the KCC recorded for the party. */
const bereikVan = (p: Partij | undefined) => ({
  telefoon: p?.contactgegevens.find((c) => c.soort === 'telefoon')?.waarde ?? '',
  email: p?.contactgegevens.find((c) => c.soort === 'email')?.waarde ?? '',
});

/** Opens the party of a search result; basisregistratie hits become a partij on first contact. */
async function partijVan(r: Zoekresultaat): Promise<string> {
  if (r.partijId) return r.partijId;
  if (r.sleutel) return (await api('POST', '/partijen/personen', { body: { sleutel: r.sleutel } })).id;
  if (r.vestigingsnummer)
    return (await api('POST', '/partijen/organisaties', { body: { vestigingsnummer: r.vestigingsnummer } }))
      .id;
  throw new ApiFout(
    422,
    'Dit zoekresultaat is niet te openen: het heeft geen partij, BSN of vestigingsnummer.',
  );
}

/** The agent's workspace: one search box, the party card with its timeline, and the running contact. */
export function Werkplek() {
  const zoekveld = useRef<HTMLInputElement>(null);
  const client = useQueryClient();
  const [lopend, setLopend] = useState<Lopend | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const openen = useMutation({
    mutationFn: partijVan,
    onSuccess: (partijId) => setLopend({ partijId, start: new Date() }),
  });
  const partij = useQuery({
    queryKey: ['partij', lopend?.partijId],
    queryFn: () => get('/partijen/{id}', { path: { id: lopend?.partijId ?? '' } }),
    enabled: Boolean(lopend?.partijId),
  });

  useEffect(() => zoekveld.current?.focus(), []);

  useEffect(() => {
    const sneltoets = (e: KeyboardEvent) => {
      const doel = e.target as HTMLElement;
      if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(doel.tagName)) {
        e.preventDefault();
        zoekveld.current?.focus();
      }
    };
    document.addEventListener('keydown', sneltoets);
    return () => document.removeEventListener('keydown', sneltoets);
  }, []);

  const klaar = (tekst: string) => {
    client.invalidateQueries({ queryKey: ['concepten'] });
    client.invalidateQueries({ queryKey: ['contactverzoeken'] });
    setLopend(null);
    setMelding(tekst);
    zoekveld.current?.focus();
  };

  return (
    <Pagina titel="Werkplek" focusOpKop={false}>
      <Melding tekst={melding} />
      <Zoeken
        ref={zoekveld}
        onKies={(r) => {
          setMelding(null);
          openen.mutate(r);
        }}
        onAnoniem={() => setLopend({ partijId: null, start: new Date() })}
      />
      <Foutmelding fout={openen.error ?? partij.error} />
      {!lopend && (
        <Concepten
          onAfmaken={(c) => setLopend({ partijId: c.partijId, start: new Date(c.start), concept: c })}
        />
      )}
      {lopend && (
        <div className="stadspunt-werkplek">
          <div>
            {partij.data && <Partijkaart partij={partij.data} />}
            {lopend.partijId && <Tijdlijn partijId={lopend.partijId} />}
          </div>
          {(partij.data || !lopend.partijId) && (
            <Contact
              key={`${lopend.partijId}-${lopend.start.getTime()}`}
              partijId={lopend.partijId}
              partijNaam={partij.data?.naam ?? 'anonieme klant'}
              bereik={bereikVan(partij.data)}
              start={lopend.start}
              concept={lopend.concept}
              onKlaar={klaar}
            />
          )}
        </div>
      )}
    </Pagina>
  );
}
