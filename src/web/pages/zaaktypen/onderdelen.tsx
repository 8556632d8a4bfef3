import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { api, huidigeVersie } from '../../api';
import { Conflictmelding, Foutmelding, veldFout } from '../../components/fouten';
import { beschrevenDoor, type Optie, Veld } from '../../components/velden';
import { vertrouwelijkheden, type Zaaktype } from './formulier';

export type Onderdeel =
  | 'statustypen'
  | 'resultaattypen'
  | 'roltypen'
  | 'eigenschappen'
  | 'informatieobjecttypen'
  | 'besluittypen';

type Rij = Record<string, string | boolean | number | null>;

interface VeldDef {
  naam: string;
  label: string;
  soort?: 'tekst' | 'vink' | 'keuze';
  opties?: Optie[];
  uitleg?: string;
  /** Only for a new type: an existing one of the catalogue is shared and not changed here. */
  alleenNieuw?: boolean;
}

export interface OnderdeelDef {
  onderdeel: Onderdeel;
  titel: string;
  enkel: string;
  velden: VeldDef[];
  leeg: Rij;
  uit: (zt: Zaaktype) => Rij[];
  naarInvoer: (rij: Rij) => unknown;
  /** The order matters (statustypen): rows can move up. */
  volgorde?: boolean;
}

const t = (rij: Rij, naam: string) => String(rij[naam] ?? '').trim();
const ofNull = (rij: Rij, naam: string) => t(rij, naam) || null;
const opties = (waarden: readonly string[]): Optie[] =>
  waarden.map((w) => ({ waarde: w, tekst: w.replaceAll('_', ' ') }));
const DUUR = 'ISO 8601, bijvoorbeeld P5Y of P6W';

function Invoer({
  veld,
  id,
  rij,
  onWijzig,
  fout,
}: {
  veld: VeldDef;
  id: string;
  rij: Rij;
  onWijzig: (w: string | boolean) => void;
  fout?: string;
}) {
  const vast = veld.alleenNieuw && Boolean(rij.id);
  if (veld.soort === 'vink')
    return (
      <FormField type="checkbox">
        <Checkbox
          id={id}
          checked={Boolean(rij[veld.naam])}
          disabled={vast}
          onChange={(e) => onWijzig(e.target.checked)}
        />
        <FormLabel htmlFor={id} type="checkbox">
          {veld.label}
        </FormLabel>
      </FormField>
    );
  return (
    <Veld id={id} label={veld.label} fout={fout} beschrijving={veld.uitleg}>
      {veld.soort === 'keuze' ? (
        <Select
          id={id}
          value={t(rij, veld.naam)}
          disabled={vast}
          invalid={Boolean(fout)}
          aria-describedby={beschrevenDoor(id, fout, veld.uitleg)}
          onChange={(e) => onWijzig(e.target.value)}
        >
          {(veld.opties ?? []).map((o) => (
            <SelectOption key={o.waarde} value={o.waarde}>
              {o.tekst}
            </SelectOption>
          ))}
        </Select>
      ) : (
        <Textbox
          id={id}
          value={t(rij, veld.naam)}
          readOnly={vast}
          invalid={Boolean(fout)}
          aria-describedby={beschrevenDoor(id, fout, veld.uitleg)}
          onChange={(e) => onWijzig(e.target.value)}
        />
      )}
    </Veld>
  );
}

/** Edits one part of a concept as a list, saved as a whole (the server replaces the list). */
export function OnderdeelEditor({
  zaaktype,
  def,
  onKlaar,
}: {
  zaaktype: Zaaktype;
  def: OnderdeelDef;
  onKlaar: (zt: Zaaktype | null, melding?: string) => void;
}) {
  const client = useQueryClient();
  const [basis, setBasis] = useState(zaaktype);
  const [rijen, setRijen] = useState(() => def.uit(zaaktype));
  const [conflict, setConflict] = useState<string>();
  // The button that opened the editor is gone: the editor's heading takes the focus.
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  const opslaan = useMutation({
    mutationFn: () =>
      api('PUT', `/zaaktypen/{id}/${def.onderdeel}` as '/zaaktypen/{id}/statustypen', {
        path: { id: basis.id },
        body: { versie: basis.versie, items: rijen.map(def.naarInvoer) } as never,
      }),
    onSuccess: (zt) => {
      client.setQueryData(['zaaktypen', zt.id], zt);
      client.invalidateQueries({ queryKey: ['zaaktypen'] });
      onKlaar(zt, `${def.titel} zijn opgeslagen.`);
    },
    onError: (fout) => {
      const nieuw = huidigeVersie<Zaaktype>(fout);
      if (!nieuw) return;
      setBasis(nieuw);
      setRijen(def.uit(nieuw));
      setConflict(fout.message);
    },
  });
  const wijzig = (i: number, naam: string, waarde: string | boolean) =>
    setRijen(rijen.map((r, j) => (j === i ? { ...r, [naam]: waarde } : r)));
  const omhoog = (i: number) =>
    setRijen([...rijen.slice(0, i - 1), rijen[i], rijen[i - 1], ...rijen.slice(i + 1)]);
  const fout = opslaan.error;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        opslaan.mutate();
      }}
      noValidate
      aria-labelledby={`editor-${def.onderdeel}`}
    >
      <Heading level={3} id={`editor-${def.onderdeel}`} ref={kop} tabIndex={-1}>
        {def.titel} wijzigen
      </Heading>
      <Conflictmelding tekst={conflict} />
      <Foutmelding fout={fout} />
      {rijen.map((rij, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; the position is what the server numbers
        <Fieldset key={i}>
          <FieldsetLegend>
            {def.enkel} {i + 1}
          </FieldsetLegend>
          {def.velden.map((veld) => (
            <Invoer
              key={veld.naam}
              veld={veld}
              id={`${def.onderdeel}-${i}-${veld.naam}`}
              rij={rij}
              fout={veldFout(fout, `items.${i}.${veld.naam}`)}
              onWijzig={(w) => wijzig(i, veld.naam, w)}
            />
          ))}
          <ButtonGroup>
            {def.volgorde && i > 0 && (
              <Button
                appearance="subtle-button"
                onClick={() => omhoog(i)}
                aria-label={`${def.enkel} ${i + 1} omhoog`}
              >
                Omhoog
              </Button>
            )}
            <Button
              appearance="subtle-button"
              onClick={() => setRijen(rijen.filter((_, j) => j !== i))}
              aria-label={`${def.enkel} ${i + 1} verwijderen`}
            >
              Verwijderen
            </Button>
          </ButtonGroup>
        </Fieldset>
      ))}
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => setRijen([...rijen, { ...def.leeg }])}>
          {def.enkel} toevoegen
        </Button>
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
          {def.titel} opslaan
        </Button>
        <Button appearance="subtle-button" onClick={() => onKlaar(null)}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

const ROLTYPEN = [
  'initiator',
  'behandelaar',
  'belanghebbende',
  'beslisser',
  'adviseur',
  'klantcontacter',
  'zaakcoordinator',
  'mede_initiator',
];
const AFLEIDINGSWIJZEN = [
  'afgehandeld',
  'termijn',
  'eigenschap',
  'hoofdzaak',
  'gerelateerde_zaak',
  'ingangsdatum_besluit',
  'vervaldatum_besluit',
  'zaakobject',
  'ander_datumkenmerk',
];
const RICHTINGEN = opties(['inkomend', 'intern', 'uitgaand']);

/** The definitions of the parts; the selectielijst classes come from the server. */
export function onderdeelDefs(klassen: Optie[]): OnderdeelDef[] {
  return [
    {
      onderdeel: 'statustypen',
      titel: 'Statustypen',
      enkel: 'Statustype',
      volgorde: true,
      velden: [
        { naam: 'omschrijving', label: 'Omschrijving' },
        { naam: 'statustekst', label: 'Statustekst voor de initiator' },
        { naam: 'informeren', label: 'Initiator informeren', soort: 'vink' },
        { naam: 'doorlooptijd', label: 'Doorlooptijd (optioneel)', uitleg: DUUR },
      ],
      leeg: { omschrijving: '', statustekst: '', informeren: false, doorlooptijd: '' },
      uit: (zt) => zt.statustypen.map((s) => ({ ...s, doorlooptijd: s.doorlooptijd ?? '' })),
      naarInvoer: (r) => ({
        omschrijving: t(r, 'omschrijving'),
        statustekst: t(r, 'statustekst'),
        informeren: Boolean(r.informeren),
        doorlooptijd: ofNull(r, 'doorlooptijd'),
      }),
    },
    {
      onderdeel: 'resultaattypen',
      titel: 'Resultaattypen',
      enkel: 'Resultaattype',
      velden: [
        { naam: 'omschrijving', label: 'Omschrijving' },
        {
          naam: 'selectielijstklasse',
          label: 'Selectielijstklasse',
          soort: 'keuze',
          opties: [{ waarde: '', tekst: 'Kies een klasse' }, ...klassen],
        },
        {
          naam: 'archiefnominatie',
          label: 'Archiefnominatie',
          soort: 'keuze',
          opties: opties(['vernietigen', 'blijvend_bewaren']),
        },
        { naam: 'archiefactietermijn', label: 'Archiefactietermijn', uitleg: DUUR },
        {
          naam: 'afleidingswijze',
          label: 'Afleidingswijze brondatum',
          soort: 'keuze',
          opties: opties(AFLEIDINGSWIJZEN),
        },
        {
          naam: 'datumkenmerk',
          label: 'Datumkenmerk',
          uitleg: 'Bij eigenschap, zaakobject of ander datumkenmerk',
        },
        { naam: 'objecttype', label: 'Objecttype', uitleg: 'Bij zaakobject of ander datumkenmerk' },
        { naam: 'procestermijn', label: 'Procestermijn', uitleg: `Bij afleidingswijze termijn; ${DUUR}` },
      ],
      leeg: {
        omschrijving: '',
        selectielijstklasse: '',
        archiefnominatie: 'vernietigen',
        archiefactietermijn: '',
        afleidingswijze: 'afgehandeld',
        datumkenmerk: '',
        objecttype: '',
        procestermijn: '',
      },
      uit: (zt) =>
        zt.resultaattypen.map((r) => ({
          ...r,
          archiefactietermijn: r.archiefactietermijn ?? '',
          procestermijn: r.procestermijn ?? '',
        })),
      naarInvoer: (r) => ({
        omschrijving: t(r, 'omschrijving'),
        selectielijstklasse: t(r, 'selectielijstklasse'),
        archiefnominatie: t(r, 'archiefnominatie'),
        archiefactietermijn: ofNull(r, 'archiefactietermijn'),
        afleidingswijze: t(r, 'afleidingswijze'),
        datumkenmerk: t(r, 'datumkenmerk'),
        objecttype: t(r, 'objecttype'),
        procestermijn: ofNull(r, 'procestermijn'),
      }),
    },
    {
      onderdeel: 'roltypen',
      titel: 'Roltypen',
      enkel: 'Roltype',
      velden: [
        { naam: 'omschrijving', label: 'Omschrijving' },
        { naam: 'omschrijvingGeneriek', label: 'Soort rol', soort: 'keuze', opties: opties(ROLTYPEN) },
      ],
      leeg: { omschrijving: '', omschrijvingGeneriek: 'initiator' },
      uit: (zt) => zt.roltypen.map((r) => ({ ...r })),
      naarInvoer: (r) => ({
        omschrijving: t(r, 'omschrijving'),
        omschrijvingGeneriek: t(r, 'omschrijvingGeneriek'),
      }),
    },
    {
      onderdeel: 'eigenschappen',
      titel: 'Eigenschappen',
      enkel: 'Eigenschap',
      velden: [
        { naam: 'naam', label: 'Naam' },
        { naam: 'definitie', label: 'Definitie' },
        {
          naam: 'formaat',
          label: 'Formaat',
          soort: 'keuze',
          opties: opties(['tekst', 'getal', 'datum', 'datum_tijd']),
        },
        { naam: 'lengte', label: 'Lengte' },
        {
          naam: 'waardenverzameling',
          label: 'Toegestane waarden (optioneel)',
          uitleg: 'Gescheiden door komma’s',
        },
      ],
      leeg: { naam: '', definitie: '', formaat: 'tekst', lengte: '255', waardenverzameling: '' },
      uit: (zt) =>
        zt.eigenschappen.map((e) => ({
          ...e,
          lengte: String(e.lengte),
          waardenverzameling: e.waardenverzameling.join(', '),
        })),
      naarInvoer: (r) => ({
        naam: t(r, 'naam'),
        definitie: t(r, 'definitie'),
        formaat: t(r, 'formaat'),
        lengte: Number(t(r, 'lengte')) || undefined,
        waardenverzameling: t(r, 'waardenverzameling')
          .split(',')
          .map((w) => w.trim())
          .filter(Boolean),
      }),
    },
    {
      onderdeel: 'informatieobjecttypen',
      titel: 'Informatieobjecttypen',
      enkel: 'Informatieobjecttype',
      velden: [
        { naam: 'omschrijving', label: 'Omschrijving', alleenNieuw: true },
        { naam: 'categorie', label: 'Categorie', alleenNieuw: true },
        {
          naam: 'vertrouwelijkheid',
          label: 'Vertrouwelijkheid',
          soort: 'keuze',
          opties: vertrouwelijkheden,
          alleenNieuw: true,
        },
        { naam: 'richting', label: 'Richting', soort: 'keuze', opties: RICHTINGEN },
      ],
      leeg: { omschrijving: '', categorie: '', vertrouwelijkheid: 'zaakvertrouwelijk', richting: 'inkomend' },
      uit: (zt) => zt.informatieobjecttypen.map((i) => ({ ...i })),
      naarInvoer: (r) =>
        r.id
          ? { informatieobjecttypeId: t(r, 'id'), richting: t(r, 'richting') }
          : {
              omschrijving: t(r, 'omschrijving'),
              categorie: t(r, 'categorie'),
              vertrouwelijkheid: t(r, 'vertrouwelijkheid'),
              richting: t(r, 'richting'),
            },
    },
    {
      onderdeel: 'besluittypen',
      titel: 'Besluittypen',
      enkel: 'Besluittype',
      velden: [
        { naam: 'omschrijving', label: 'Omschrijving', alleenNieuw: true },
        { naam: 'besluitcategorie', label: 'Besluitcategorie', alleenNieuw: true },
        { naam: 'reactietermijn', label: 'Reactietermijn', uitleg: DUUR, alleenNieuw: true },
        { naam: 'publicatieIndicatie', label: 'Wordt gepubliceerd', soort: 'vink', alleenNieuw: true },
      ],
      leeg: { omschrijving: '', besluitcategorie: '', reactietermijn: '', publicatieIndicatie: false },
      uit: (zt) => zt.besluittypen.map((b) => ({ ...b, reactietermijn: b.reactietermijn ?? '' })),
      naarInvoer: (r) =>
        r.id
          ? { besluittypeId: t(r, 'id') }
          : {
              omschrijving: t(r, 'omschrijving'),
              besluitcategorie: t(r, 'besluitcategorie'),
              reactietermijn: ofNull(r, 'reactietermijn'),
              publicatieIndicatie: Boolean(r.publicatieIndicatie),
            },
    },
  ];
}
