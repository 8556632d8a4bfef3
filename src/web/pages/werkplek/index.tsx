import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { Fragment, useEffect, useRef, useState } from 'react';
import { ApiFout, api, get } from '../../api';
import { AppLink } from '../../components/applink';
import { Foutmelding } from '../../components/fouten';
import { Pagina } from '../../components/pagina';
import { datum } from '../../datum';
import { Concepten } from './concepten';
import { Contact, type Uitslag } from './contact';
import { type Inhoud, inhoudVanConcept, type LopendContact, legeInhoud } from './lopend';
import { Partijkaart } from './partijkaart';
import { Tijdlijn } from './tijdlijn';
import type { Partij, Zoekresultaat, Zoeksoort } from './typen';
import { ZaakGemaakt } from './zaak-uit-vraag';
import { Zoeken } from './zoeken';

/** The desk's URL: the open party and the running contact, so that a reload brings both back. */
export interface WerkplekZoek {
  partij?: string;
  contact?: string;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidUit = (waarde: unknown) => (typeof waarde === 'string' && UUID.test(waarde) ? waarde : undefined);
export const leesWerkplekZoek = (zoek: Record<string, unknown>): WerkplekZoek => {
  const partij = uuidUit(zoek.partij);
  const contact = uuidUit(zoek.contact);
  return { ...(partij && { partij }), ...(contact && { contact }) };
};

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

interface Begin {
  partijId: string | null;
  start?: string;
  inhoud?: Inhoud;
}

/** What the agent reads to the caller after saving: the contact, and each request's and zaak's number as a link. */
function Afgerond({ uitslag }: { uitslag: Uitslag | null }) {
  if (!uitslag) return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>
        {uitslag.tekst}
        {uitslag.verzoeken.map((v) => (
          <Fragment key={v.id}>
            {' '}
            Contactverzoek <AppLink naar={`/contactverzoeken/${v.id}`}>{v.nummer}</AppLink> voor {v.teamNaam},
            uiterlijk {datum(v.deadline)} ({v.termijn}).
          </Fragment>
        ))}
        {uitslag.zaken.map((z) => (
          <Fragment key={z.id}>
            {' '}
            <ZaakGemaakt zaak={z} />
          </Fragment>
        ))}
      </Paragraph>
    </Alert>
  );
}

const weg =
  'Dit lopende contact is er niet meer: het is afgerond, afgebroken of vervangen door een nieuwer contact.';

/** The agent's workspace: one search box, the party card with its timeline, and the running contact. */
export function Werkplek({ zoek }: { zoek: WerkplekZoek }) {
  const zoekveld = useRef<HTMLInputElement>(null);
  const client = useQueryClient();
  const navigate = useNavigate();
  const [uitslag, setUitslag] = useState<Uitslag | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  /** The search kind the open card was found with: the card read records it in the audit trail. */
  const gezocht = useRef<Zoeksoort | undefined>(undefined);
  const toon = (naar: WerkplekZoek) => navigate({ to: '/werkplek', search: naar, replace: true });
  const beginnen = useMutation({
    mutationFn: ({ partijId, start, inhoud = legeInhoud }: Begin) =>
      api('POST', '/lopende-contacten', { body: { partijId, start, inhoud } }),
    onSuccess: (lopend) => {
      client.setQueryData(['lopend-contact', lopend.id], lopend);
      toon({ ...(lopend.partijId && { partij: lopend.partijId }), contact: lopend.id });
    },
  });
  const openen = useMutation({
    mutationFn: partijVan,
    onSuccess: (partijId) => beginnen.mutate({ partijId }),
  });
  const lopend = useQuery({
    queryKey: ['lopend-contact', zoek.contact],
    queryFn: () => get('/lopende-contacten/{id}', { path: { id: zoek.contact ?? '' } }),
    enabled: Boolean(zoek.contact),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const contact: LopendContact | undefined = zoek.contact ? lopend.data : undefined;
  const partijId = contact?.partijId ?? null;
  const partij = useQuery({
    queryKey: ['partij', partijId],
    queryFn: () =>
      get('/partijen/{id}', {
        path: { id: partijId ?? '' },
        query: { zoeksoort: gezocht.current },
      }),
    enabled: Boolean(partijId),
  });

  // A URL with only a party (a link from elsewhere) starts a contact with it.
  const begonnen = useRef<string | null>(null);
  useEffect(() => {
    if (!zoek.partij || zoek.contact || begonnen.current === zoek.partij) return;
    begonnen.current = zoek.partij;
    beginnen.mutate({ partijId: zoek.partij });
  }, [zoek.partij, zoek.contact, beginnen]);

  useEffect(() => {
    if (lopend.error instanceof ApiFout && lopend.error.status === 404) {
      setMelding(weg);
      navigate({ to: '/werkplek', search: {}, replace: true });
    }
  }, [lopend.error, navigate]);

  useEffect(() => {
    if (!zoek.contact) zoekveld.current?.focus();
  }, [zoek.contact]);

  // Once the card (or the anonymous contact) shows, focus goes to its heading, not the search box.
  const kaartGetoond = Boolean(contact && (partij.data || !contact.partijId));
  useEffect(() => {
    if (kaartGetoond) document.getElementById(partijId ? 'partij-naam' : 'contact-kop')?.focus();
  }, [kaartGetoond, partijId]);

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

  const leeg = () => {
    client.removeQueries({ queryKey: ['lopend-contact'] });
    toon({});
    zoekveld.current?.focus();
  };
  const klaar = (u: Uitslag) => {
    client.invalidateQueries({ queryKey: ['concepten'] });
    client.invalidateQueries({ queryKey: ['contactverzoeken'] });
    setUitslag(u);
    leeg();
  };
  const nieuw = () => {
    setUitslag(null);
    setMelding(null);
  };

  return (
    <Pagina titel="Werkplek" focusOpKop={false}>
      <Afgerond uitslag={uitslag} />
      {melding && (
        <Alert type="info" role="status">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      <Zoeken
        ref={zoekveld}
        onKies={(r, zoeksoort) => {
          nieuw();
          gezocht.current = zoeksoort;
          openen.mutate(r);
        }}
        onAnoniem={() => {
          nieuw();
          beginnen.mutate({ partijId: null });
        }}
      />
      <Foutmelding fout={openen.error ?? beginnen.error ?? partij.error} />
      {!contact && (
        <Concepten
          onAfmaken={(c) => {
            nieuw();
            beginnen.mutate({ partijId: c.partijId, start: c.start, inhoud: inhoudVanConcept(c) });
          }}
        />
      )}
      {contact && (
        <div className="stadspunt-werkplek">
          <div>
            {partij.data && <Partijkaart partij={partij.data} />}
            {contact.partijId && <Tijdlijn partijId={contact.partijId} />}
          </div>
          {(partij.data || !contact.partijId) && (
            <Contact
              key={contact.id}
              lopend={contact}
              partijNaam={partij.data?.naam ?? 'anonieme klant'}
              bereik={bereikVan(partij.data)}
              onKlaar={klaar}
              onAfgebroken={leeg}
            />
          )}
        </div>
      )}
    </Pagina>
  );
}
