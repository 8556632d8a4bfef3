import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { ApiFout, api, get, type Schema } from '../../api';
import { Foutmelding, veldFout } from '../../components/fouten';
import { eenVan, Veld } from '../../components/velden';
import { verzoekTekst } from '../contactverzoeken/typen';
import { type GekozenProduct, nieuwVerzoek, type VerzoekConcept } from '../contactverzoeken/velden';
import { type Kanaal, type Klantcontact, kanalen, type Uitkomst, uitkomsten } from './typen';
import {
  type Bereik,
  controleerVerzoeken,
  maakVerzoeken,
  metProduct,
  type Verzoekstand,
  VraagVerzoek,
  wordtVerzoek,
} from './verzoek';

interface Vraag {
  /** Stable React key while questions are added. */
  sleutel: string;
  productId: string | null;
  onderwerp: string;
  vraag: string;
  antwoord: string;
  uitkomst: Uitkomst;
  doorverwezenNaar: string;
  /** Filled in when the outcome is a contactverzoek; made right after the contact is saved. */
  verzoek: VerzoekConcept;
}
const uitkomstWaarden = uitkomsten.map((u) => u.waarde);

const nieuweVraag = (): Vraag => ({
  sleutel: crypto.randomUUID(),
  productId: null,
  onderwerp: '',
  vraag: '',
  antwoord: '',
  uitkomst: 'afgehandeld',
  doorverwezenNaar: '',
  verzoek: nieuwVerzoek(),
});

function useVerstreken(start: Date) {
  const [nu, setNu] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNu(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const s = Math.max(0, Math.floor((nu - start.getTime()) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function Onderwerp({
  i,
  vraag,
  zet,
  fout,
  snelkeuzes,
}: {
  i: number;
  vraag: Vraag;
  zet: (v: Partial<Vraag>) => void;
  fout: unknown;
  snelkeuzes: GekozenProduct[];
}) {
  const suggesties = useQuery({
    queryKey: ['producten', vraag.onderwerp],
    queryFn: () => get('/producten', { query: { q: vraag.onderwerp } }),
    enabled: !vraag.productId && vraag.onderwerp.length >= 3,
  });
  const melding = veldFout(fout, `vragen.${i}.onderwerp`) ?? veldFout(fout, `vragen.${i}.productId`);
  return (
    <>
      <fieldset className="stadspunt-snelkeuze">
        <legend>Veelgevraagd</legend>
        {snelkeuzes.map((p) => (
          <Button
            key={p.id}
            appearance="secondary-action-button"
            pressed={vraag.productId === p.id}
            onClick={() => zet(metProduct(vraag, p))}
          >
            {p.naam}
          </Button>
        ))}
      </fieldset>
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
    </>
  );
}

interface ContactProps {
  partijId: string | null;
  partijNaam: string;
  /** The party's phone and e-mail, used for a contactverzoek unless the agent types others. */
  bereik: Bereik;
  start: Date;
  /** A draft saved earlier today, to be completed. */
  concept?: Klantcontact;
  onKlaar: (melding: string) => void;
}

const uitConcept = (c: Klantcontact): Vraag[] =>
  c.vragen.map((v) => ({
    ...nieuweVraag(),
    productId: v.productId,
    onderwerp: v.onderwerp,
    vraag: v.vraag,
    antwoord: v.antwoord,
    uitkomst: v.uitkomst,
    doorverwezenNaar: v.doorverwezenNaar ?? '',
  }));

const geenVerzoeken: Verzoekstand = { gemaakt: {}, fouten: {} };

/**
 * The running contact: kanaal, questions with subject, answer and outcome; Ctrl+Enter saves it
 * as afgerond. A question with outcome contactverzoek becomes one right after the contact is
 * saved; when that fails the contact stays saved and only the request is tried again.
 */
export function Contact({ partijId, partijNaam, bereik, start, concept, onKlaar }: ContactProps) {
  const [kanaal, setKanaal] = useState<Kanaal>(concept?.kanaal ?? 'telefoon');
  const [vragen, setVragen] = useState<Vraag[]>(
    concept?.vragen.length ? uitConcept(concept) : [nieuweVraag()],
  );
  const [opgeslagen, setOpgeslagen] = useState<Klantcontact | null>(null);
  const [verzoeken, setVerzoeken] = useState<Verzoekstand>(geenVerzoeken);
  /** After "Contactverzoek": focus moves to the team of that question's request. */
  const [naarTeam, setNaarTeam] = useState<{ i: number } | null>(null);
  const snelkeuzes = useQuery({
    queryKey: ['veelgevraagd'],
    queryFn: () => get('/klantcontacten/veelgevraagd'),
  });
  const verstreken = useVerstreken(start);
  useEffect(() => {
    if (naarTeam) document.getElementById(`verzoek-${naarTeam.i}-team`)?.focus();
  }, [naarTeam]);
  const registreer = (status: 'afgerond' | 'concept') => {
    // Typed, so tsc checks each field against what the API takes.
    const inhoud: Pick<Schema<'KlantcontactInvoer'>, 'kanaal' | 'status' | 'vragen'> = {
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
          body: { ...inhoud, versie: concept.versie },
        })
      : api('POST', '/klantcontacten', { body: { ...inhoud, partijId, start: start.toISOString() } });
  };
  const opslaan = useMutation({
    mutationFn: async (status: 'afgerond' | 'concept') => {
      if (status === 'concept') return registreer(status).then(() => geenVerzoeken);
      const fouten = controleerVerzoeken(vragen, bereik);
      setVerzoeken({ ...verzoeken, fouten });
      if (Object.keys(fouten).length > 0)
        throw new ApiFout(422, 'Vul het contactverzoek aan. Het contact is nog niet opgeslagen.');
      const contact = opgeslagen ?? (await registreer(status));
      setOpgeslagen(contact);
      const stand = await maakVerzoeken(vragen, contact.vragen, bereik, verzoeken);
      setVerzoeken(stand);
      if (Object.keys(stand.fouten).length > 0)
        throw new ApiFout(
          422,
          'Het contact is geregistreerd, maar een contactverzoek nog niet. Vul het aan en kies "Contactverzoek maken".',
        );
      return stand;
    },
    onSuccess: (stand, status) =>
      onKlaar(
        status === 'afgerond'
          ? [
              `Contact met ${partijNaam} is geregistreerd.`,
              ...Object.values(stand.gemaakt).map(verzoekTekst),
            ].join(' ')
          : `Concept voor ${partijNaam} is opgeslagen.`,
      ),
  });
  const zet = (i: number) => (deel: Partial<Vraag>) =>
    setVragen(vragen.map((v, j) => (j === i ? { ...v, ...deel } : v)));
  const fout = opslaan.error;
  return (
    <section aria-labelledby="contact-kop" className="stadspunt-contact">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          opslaan.mutate('afgerond');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            opslaan.mutate('afgerond');
          }
        }}
      >
        <Heading level={2} id="contact-kop">
          Contact met {partijNaam}
        </Heading>
        <Paragraph>
          Duur: <span aria-live="off">{verstreken}</span>
        </Paragraph>
        <Foutmelding fout={fout} />
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
        {vragen.map((v, i) => (
          <fieldset key={v.sleutel} className="stadspunt-vraag">
            <legend>Vraag {i + 1}</legend>
            <Onderwerp i={i} vraag={v} zet={zet(i)} fout={fout} snelkeuzes={snelkeuzes.data?.items ?? []} />
            <Veld id={`vraag-${i}`} label="Vraag" fout={veldFout(fout, `vragen.${i}.vraag`)}>
              <Textarea
                id={`vraag-${i}`}
                value={v.vraag}
                onChange={(e) => zet(i)({ vraag: e.target.value })}
              />
            </Veld>
            <Veld id={`antwoord-${i}`} label="Antwoord" fout={veldFout(fout, `vragen.${i}.antwoord`)}>
              <Textarea
                id={`antwoord-${i}`}
                value={v.antwoord}
                onChange={(e) => zet(i)({ antwoord: e.target.value })}
              />
            </Veld>
            <Veld id={`uitkomst-${i}`} label="Uitkomst" fout={veldFout(fout, `vragen.${i}.uitkomst`)}>
              <Select
                id={`uitkomst-${i}`}
                value={v.uitkomst}
                onChange={(e) => zet(i)({ uitkomst: eenVan(uitkomstWaarden, e.target.value) ?? v.uitkomst })}
              >
                {uitkomsten.map((u) => (
                  <SelectOption key={u.waarde} value={u.waarde}>
                    {u.tekst}
                  </SelectOption>
                ))}
              </Select>
            </Veld>
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
            {wordtVerzoek(v) ? (
              <VraagVerzoek
                i={i}
                vraag={v}
                bereik={bereik}
                anoniem={!partijId}
                zet={(verzoek) => zet(i)({ verzoek })}
                gemaakt={verzoeken.gemaakt[v.sleutel]}
                fout={verzoeken.fouten[v.sleutel]}
              />
            ) : (
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  zet(i)({ uitkomst: 'contactverzoek' });
                  setNaarTeam({ i });
                }}
              >
                Contactverzoek bij vraag {i + 1}
              </Button>
            )}
          </fieldset>
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
            {opgeslagen ? 'Contactverzoek maken' : 'Afronden (Ctrl+Enter)'}
          </Button>
          {!opgeslagen && (
            <>
              <Button
                appearance="secondary-action-button"
                onClick={() => setVragen([...vragen, nieuweVraag()])}
              >
                Vraag toevoegen
              </Button>
              <Button appearance="secondary-action-button" onClick={() => opslaan.mutate('concept')}>
                Opslaan als concept
              </Button>
            </>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}
