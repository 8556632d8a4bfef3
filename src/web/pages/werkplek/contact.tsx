import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type Antwoord, ApiFout, api, get, type Schema } from '../../api';
import { Bevestiging } from '../../components/bevestiging';
import { Foutmelding, veldFout } from '../../components/fouten';
import { eenVan, Veld } from '../../components/velden';
import type { Contactverzoek } from '../contactverzoeken/typen';
import type { Zaak } from '../zaken/typen';
import { inhoudVan, type LopendContact, nieuweVraag, useBewaren, type Vraag, vragenUit } from './lopend';
import { heeftFouten, legeStand } from './per-vraag';
import { type Kanaal, kanalen, uitkomsten } from './typen';
import {
  type Bereik,
  controleerVerzoeken,
  maakVerzoeken,
  metProduct,
  type Verzoekstand,
  VraagVerzoek,
  wordtVerzoek,
} from './verzoek';
import {
  controleerZaken,
  maakZaken,
  VraagZaak,
  wordtZaak,
  type Zaakstand,
  zaaktypenPerVraag,
  zaaktypenVoorQuery,
} from './zaak-uit-vraag';

const uitkomstWaarden = uitkomsten.map((u) => u.waarde);

/** What a quick pick or a suggestion needs of a product. */
type Product = Pick<Antwoord<'/producten'>['items'][number], 'id' | 'naam' | 'teamId'>;

/** What the desk shows once the contact is done. */
export interface Uitslag {
  tekst: string;
  verzoeken: Contactverzoek[];
  zaken: Zaak[];
}

function useVerstreken(start: Date) {
  const [nu, setNu] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNu(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const s = Math.max(0, Math.floor((nu - start.getTime()) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The most-asked subjects, once for the whole form: a pick fills the question the agent is
 * in. Outside a text field the digit keys 1–9 pick too, so the agent needs no Tab to get here.
 */
function Veelgevraagd({
  producten,
  gekozen,
  kies,
}: {
  producten: Product[];
  gekozen: string | null;
  kies: (p: Product) => void;
}) {
  useEffect(() => {
    const sneltoets = (e: KeyboardEvent) => {
      const doel = e.target as HTMLElement;
      if (e.ctrlKey || e.altKey || e.metaKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(doel.tagName))
        return;
      const p = /^[1-9]$/.test(e.key) ? producten[Number(e.key) - 1] : undefined;
      if (!p) return;
      e.preventDefault();
      kies(p);
    };
    document.addEventListener('keydown', sneltoets);
    return () => document.removeEventListener('keydown', sneltoets);
  }, [producten, kies]);
  if (producten.length === 0) return null;
  return (
    <fieldset className="stadspunt-snelkeuze">
      <legend>Veelgevraagd</legend>
      {producten.map((p, i) => (
        <Button
          key={p.id}
          appearance="secondary-action-button"
          pressed={gekozen === p.id}
          aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
          title={p.naam}
          onClick={() => kies(p)}
        >
          {i < 9 && (
            <span className="stadspunt-sneltoets" aria-hidden="true">
              {i + 1}
            </span>
          )}
          {p.naam}
        </Button>
      ))}
    </fieldset>
  );
}

function Onderwerp({
  i,
  vraag,
  zet,
  fout,
}: {
  i: number;
  vraag: Vraag;
  zet: (v: Partial<Vraag>) => void;
  fout: unknown;
}) {
  const suggesties = useQuery({
    queryKey: ['producten', vraag.onderwerp],
    queryFn: () => get('/producten', { query: { q: vraag.onderwerp } }),
    enabled: !vraag.productId && vraag.onderwerp.length >= 3,
  });
  const melding = veldFout(fout, `vragen.${i}.onderwerp`) ?? veldFout(fout, `vragen.${i}.productId`);
  return (
    <div>
      <Veld id={`onderwerp-${i}`} label="Onderwerp" fout={melding}>
        <Textbox
          id={`onderwerp-${i}`}
          value={vraag.onderwerp}
          invalid={Boolean(melding)}
          aria-describedby={melding ? `onderwerp-${i}-fout` : undefined}
          onChange={(e) => zet({ onderwerp: e.target.value, productId: null })}
        />
      </Veld>
      {!vraag.productId && (suggesties.data?.items.length ?? 0) > 0 && (
        <ul className="stadspunt-suggesties" aria-label="Producten uit de catalogus">
          {suggesties.data?.items.slice(0, 5).map((p) => (
            <li key={p.id}>
              <Button appearance="subtle-button" onClick={() => zet(metProduct(vraag, p))}>
                {p.naam}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface ContactProps {
  /** The running contact as the server keeps it: what was typed before a reload comes back. */
  lopend: LopendContact;
  partijNaam: string;
  /** The party's phone and e-mail, used for a contactverzoek unless the agent types others. */
  bereik: Bereik;
  onKlaar: (uitslag: Uitslag) => void;
  onAfgebroken: () => void;
}

interface Standen {
  verzoeken: Verzoekstand;
  zaken: Zaakstand;
}
const geenStanden = (): Standen => ({ verzoeken: legeStand(), zaken: legeStand() });

/** After saving, what still waits for the agent: the message, and the button that makes it. */
function nogTeMaken({ verzoeken, zaken }: Standen) {
  const verzoek = heeftFouten(verzoeken.fouten);
  const zaak = heeftFouten(zaken.fouten);
  const knop =
    verzoek && zaak ? 'Contactverzoek en zaak maken' : zaak ? 'Zaak aanmaken' : 'Contactverzoek maken';
  const wat = [verzoek && 'een contactverzoek', zaak && 'een zaak'].filter(Boolean).join(' en ');
  return {
    knop,
    melding: `Het contact is geregistreerd, maar ${wat} nog niet. Vul het aan en kies "${knop}".`,
  };
}

/**
 * What follows from one question: the contactverzoek or zaak it becomes, or the buttons that
 * make it one (a zaak only when a published zaaktype delivers the question's product).
 */
function Vervolg({
  i,
  vraag,
  partijId,
  bereik,
  standen,
  zet,
  kies,
}: {
  i: number;
  vraag: Vraag;
  partijId: string | null;
  bereik: Bereik;
  standen: Standen;
  zet: (v: Partial<Vraag>) => void;
  kies: (uitkomst: 'contactverzoek' | 'zaak') => void;
}) {
  // A zaak needs its initiator: not from an anonymous contact.
  const zaaktypen = useQuery(zaaktypenVoorQuery(partijId && vraag.productId));
  const opties = zaaktypen.data ?? [];
  if (wordtVerzoek(vraag))
    return (
      <VraagVerzoek
        i={i}
        vraag={vraag}
        bereik={bereik}
        anoniem={!partijId}
        zet={(verzoek) => zet({ verzoek })}
        gemaakt={standen.verzoeken.gemaakt[vraag.sleutel]}
        fout={standen.verzoeken.fouten[vraag.sleutel]}
      />
    );
  if (wordtZaak(vraag) && opties.length > 0)
    return (
      <VraagZaak
        i={i}
        vraag={vraag}
        opties={opties}
        zet={(zaak) => zet({ zaak })}
        gemaakt={standen.zaken.gemaakt[vraag.sleutel]}
        fout={standen.zaken.fouten[vraag.sleutel]}
      />
    );
  return (
    <>
      <Button appearance="subtle-button" onClick={() => kies('contactverzoek')}>
        Contactverzoek bij vraag {i + 1}
      </Button>
      {opties.length > 0 && !wordtZaak(vraag) && (
        <Button appearance="subtle-button" onClick={() => kies('zaak')}>
          Zaak aanmaken bij vraag {i + 1}
        </Button>
      )}
    </>
  );
}

/**
 * The running contact: kanaal, questions with subject, answer and outcome; Ctrl+Enter saves it
 * as afgerond. A question with outcome contactverzoek becomes one right after the contact is
 * saved; when that fails the contact stays saved and only the request is tried again. What is
 * typed is kept on the server as it is typed, and removed once the contact is done.
 */
export function Contact({ lopend, partijNaam, bereik, onKlaar, onAfgebroken }: ContactProps) {
  const { partijId } = lopend;
  const concept = lopend.inhoud.concept;
  const start = useMemo(() => new Date(lopend.start), [lopend.start]);
  const [kanaal, setKanaal] = useState<Kanaal>(lopend.inhoud.kanaal);
  const [vragen, setVragen] = useState<Vraag[]>(() => vragenUit(lopend.inhoud));
  /** The question the agent is in: a quick pick fills that one. */
  const [actief, setActief] = useState(0);
  const [opgeslagen, setOpgeslagen] = useState<Schema<'Klantcontact'> | null>(null);
  const [standen, setStanden] = useState<Standen>(geenStanden);
  const [afbreken, setAfbreken] = useState(false);
  /** After "Contactverzoek" or "Zaak aanmaken": focus moves to the first field of that part. */
  const [naarVeld, setNaarVeld] = useState<{ id: string } | null>(null);
  const formulier = useRef<HTMLFormElement>(null);
  const client = useQueryClient();
  const snelkeuzes = useQuery({
    queryKey: ['veelgevraagd'],
    queryFn: () => get('/klantcontacten/veelgevraagd'),
  });
  const verstreken = useVerstreken(start);
  const inhoud = useMemo(() => inhoudVan(kanaal, concept, vragen), [kanaal, concept, vragen]);
  const bewaren = useBewaren(lopend.id, inhoud);
  useEffect(() => {
    if (naarVeld) document.getElementById(naarVeld.id)?.focus();
  }, [naarVeld]);
  useEffect(() => {
    const sneltoets = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        formulier.current?.requestSubmit();
      }
    };
    document.addEventListener('keydown', sneltoets);
    return () => document.removeEventListener('keydown', sneltoets);
  }, []);
  const registreer = (status: 'afgerond' | 'concept') => {
    // Typed, so tsc checks each field against what the API takes.
    const invoer: Pick<Schema<'KlantcontactInvoer'>, 'kanaal' | 'status' | 'vragen'> = {
      kanaal,
      status,
      vragen: vragen
        .filter((v) => status === 'afgerond' || v.onderwerp || v.vraag)
        .map((v) => ({
          productId: v.productId,
          onderwerp: v.productId ? undefined : v.onderwerp || undefined,
          vraag: v.vraag || `Vraag over ${v.onderwerp.toLowerCase() || 'onbekend onderwerp'}`,
          antwoord: v.antwoord || undefined,
          uitkomst: v.uitkomst,
          doorverwezenNaar: v.doorverwezenNaar || undefined,
        })),
    };
    return concept
      ? api('PATCH', '/klantcontacten/{id}', {
          path: { id: concept.id },
          body: { ...invoer, versie: concept.versie },
        })
      : api('POST', '/klantcontacten', { body: { ...invoer, partijId, start: start.toISOString() } });
  };
  /** The contact is registered: its draft goes (a failure there is harmless, the next contact replaces it). */
  const beeindig = () => {
    bewaren.stop();
    return api('DELETE', '/lopende-contacten/{id}', { path: { id: lopend.id } }).catch(() => undefined);
  };
  const opslaan = useMutation({
    mutationFn: async (status: 'afgerond' | 'concept'): Promise<Standen> => {
      if (status === 'concept') {
        await registreer(status);
        await beeindig();
        return geenStanden();
      }
      const zaaktypen = partijId ? await zaaktypenPerVraag(client, vragen) : {};
      const fouten = {
        verzoek: controleerVerzoeken(vragen, bereik),
        zaak: controleerZaken(vragen, zaaktypen),
      };
      setStanden({
        verzoeken: { ...standen.verzoeken, fouten: fouten.verzoek },
        zaken: { ...standen.zaken, fouten: fouten.zaak },
      });
      if (heeftFouten(fouten.verzoek) || heeftFouten(fouten.zaak))
        throw new ApiFout(
          422,
          `Vul ${heeftFouten(fouten.verzoek) ? 'het contactverzoek' : 'de zaak'} aan. Het contact is nog niet opgeslagen.`,
        );
      const contact = opgeslagen ?? (await registreer(status));
      setOpgeslagen(contact);
      const nieuw: Standen = {
        verzoeken: await maakVerzoeken(vragen, contact.vragen, bereik, standen.verzoeken),
        zaken: partijId
          ? await maakZaken(vragen, zaaktypen, partijId, contact.id, standen.zaken)
          : standen.zaken,
      };
      setStanden(nieuw);
      if (heeftFouten(nieuw.verzoeken.fouten) || heeftFouten(nieuw.zaken.fouten))
        throw new ApiFout(422, nogTeMaken(nieuw).melding);
      await beeindig();
      return nieuw;
    },
    onSuccess: (nieuw, status) => {
      client.invalidateQueries({ queryKey: ['zaken'] });
      onKlaar({
        tekst:
          status === 'afgerond'
            ? `Contact met ${partijNaam} is geregistreerd.`
            : `Concept voor ${partijNaam} is opgeslagen.`,
        verzoeken: Object.values(nieuw.verzoeken.gemaakt),
        zaken: Object.values(nieuw.zaken.gemaakt),
      });
    },
  });
  const afgebroken = useMutation({ mutationFn: beeindig, onSuccess: onAfgebroken });
  const zet = (i: number) => (deel: Partial<Vraag>) =>
    setVragen((huidig) => huidig.map((v, j) => (j === i ? { ...v, ...deel } : v)));
  const fout = opslaan.error;
  const inVraag = Math.min(actief, vragen.length - 1);
  return (
    <section aria-labelledby="contact-kop" className="stadspunt-contact">
      <form
        ref={formulier}
        onSubmit={(e) => {
          e.preventDefault();
          opslaan.mutate('afgerond');
        }}
      >
        <div className="stadspunt-contact-kop">
          <Heading level={2} id="contact-kop" tabIndex={-1}>
            Contact met {partijNaam}
          </Heading>
          <Veld id="kanaal" label="Kanaal" fout={veldFout(fout, 'kanaal')}>
            <Select
              id="kanaal"
              value={kanaal}
              onChange={(e) => setKanaal(eenVan(kanalen, e.target.value) ?? kanaal)}
            >
              {kanalen.map((k) => (
                <SelectOption key={k} value={k}>
                  {k}
                </SelectOption>
              ))}
            </Select>
          </Veld>
          <Paragraph>
            Duur: <span aria-live="off">{verstreken}</span>
          </Paragraph>
        </div>
        {bewaren.verloren && (
          <Alert type="warning" role="alert">
            <Paragraph>
              Dit contact wordt niet meer bewaard: u bent elders een nieuw contact begonnen. Rond het hier af
              of breek het af; na herladen is het weg.
            </Paragraph>
          </Alert>
        )}
        <Foutmelding fout={fout} />
        <Veelgevraagd
          producten={snelkeuzes.data?.items ?? []}
          gekozen={vragen[inVraag]?.productId ?? null}
          kies={(p) => vragen[inVraag] && zet(inVraag)(metProduct(vragen[inVraag], p))}
        />
        {vragen.map((v, i) => (
          <fieldset key={v.sleutel} className="stadspunt-vraag" onFocus={() => setActief(i)}>
            <legend>Vraag {i + 1}</legend>
            <div className="stadspunt-vraag-rij">
              <Onderwerp i={i} vraag={v} zet={zet(i)} fout={fout} />
              <Veld id={`uitkomst-${i}`} label="Uitkomst" fout={veldFout(fout, `vragen.${i}.uitkomst`)}>
                <Select
                  id={`uitkomst-${i}`}
                  value={v.uitkomst}
                  onChange={(e) =>
                    zet(i)({ uitkomst: eenVan(uitkomstWaarden, e.target.value) ?? v.uitkomst })
                  }
                >
                  {uitkomsten.map((u) => (
                    <SelectOption key={u.waarde} value={u.waarde}>
                      {u.tekst}
                    </SelectOption>
                  ))}
                </Select>
              </Veld>
            </div>
            <div className="stadspunt-vraag-rij">
              <Veld id={`vraag-${i}`} label="Vraag" fout={veldFout(fout, `vragen.${i}.vraag`)}>
                <Textarea
                  id={`vraag-${i}`}
                  rows={2}
                  value={v.vraag}
                  onChange={(e) => zet(i)({ vraag: e.target.value })}
                />
              </Veld>
              <Veld id={`antwoord-${i}`} label="Antwoord" fout={veldFout(fout, `vragen.${i}.antwoord`)}>
                <Textarea
                  id={`antwoord-${i}`}
                  rows={2}
                  value={v.antwoord}
                  onChange={(e) => zet(i)({ antwoord: e.target.value })}
                />
              </Veld>
            </div>
            {v.uitkomst === 'doorverwezen' && (
              <Veld
                id={`doorverwezen-${i}`}
                label="Doorverwezen naar"
                fout={veldFout(fout, `vragen.${i}.doorverwezenNaar`)}
              >
                <Textbox
                  id={`doorverwezen-${i}`}
                  value={v.doorverwezenNaar}
                  onChange={(e) => zet(i)({ doorverwezenNaar: e.target.value })}
                />
              </Veld>
            )}
            <Vervolg
              i={i}
              vraag={v}
              partijId={partijId}
              bereik={bereik}
              standen={standen}
              zet={zet(i)}
              kies={(uitkomst) => {
                zet(i)({ uitkomst });
                setNaarVeld({ id: uitkomst === 'zaak' ? `zaak-${i}-omschrijving` : `verzoek-${i}-team` });
              }}
            />
          </fieldset>
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
            {opgeslagen ? nogTeMaken(standen).knop : 'Afronden (Ctrl+Enter)'}
          </Button>
          {!opgeslagen && (
            <>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setVragen([...vragen, nieuweVraag()]);
                  setActief(vragen.length);
                }}
              >
                Vraag toevoegen
              </Button>
              <Button appearance="secondary-action-button" onClick={() => opslaan.mutate('concept')}>
                Opslaan als concept
              </Button>
              <Button appearance="subtle-button" onClick={() => setAfbreken(true)}>
                Contact afbreken
              </Button>
            </>
          )}
        </ButtonGroup>
      </form>
      {afbreken && (
        <Bevestiging
          vraag={`Het contact met ${partijNaam} afbreken? Wat u invulde, wordt niet bewaard.`}
          ja="Afbreken"
          onJa={() => afgebroken.mutate()}
          onNee={() => setAfbreken(false)}
          bezig={afgebroken.isPending}
          fout={afgebroken.error}
        />
      )}
    </section>
  );
}
