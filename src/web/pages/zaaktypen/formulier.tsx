import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldCheckbox,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Textbox,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get, huidigeVersie, type Schema } from '../../api';
import { Conflictmelding, Foutmelding, veldFout } from '../../components/fouten';
import { TeamKeuze } from '../../components/teamkeuze';
import { formulier, Keuzeveld, Tekstvak, Tekstveld, tekst } from '../../components/velden';

export type Zaaktype = Schema<'Zaaktype'>;

export const vertrouwelijkheden: { waarde: Zaaktype['vertrouwelijkheid']; tekst: string }[] = [
  { waarde: 'openbaar', tekst: 'Openbaar' },
  { waarde: 'beperkt_openbaar', tekst: 'Beperkt openbaar' },
  { waarde: 'intern', tekst: 'Intern' },
  { waarde: 'zaakvertrouwelijk', tekst: 'Zaakvertrouwelijk' },
  { waarde: 'vertrouwelijk', tekst: 'Vertrouwelijk' },
  { waarde: 'confidentieel', tekst: 'Confidentieel' },
  { waarde: 'geheim', tekst: 'Geheim' },
  { waarde: 'zeer_geheim', tekst: 'Zeer geheim' },
];

const DUUR_UITLEG = 'Als ISO 8601-duur: P6W is 6 weken, P30D 30 dagen, P1Y 1 jaar.';

/** The products a zaaktype delivers: the chosen ones stay ticked, a search adds others to tick. */
function ProductKeuze({ gekozen, fout }: { gekozen: { id: string; naam: string }[]; fout: unknown }) {
  const [zoek, setZoek] = useState('');
  const [gezocht, setGezocht] = useState('');
  const gevonden = useQuery({
    queryKey: ['producten', gezocht],
    queryFn: () => get('/producten', { query: { q: gezocht } }),
    enabled: gezocht.length > 1,
  });
  const extra = (gevonden.data?.items ?? []).filter((p) => !gekozen.some((g) => g.id === p.id));
  const melding = veldFout(fout, 'productIds');
  return (
    <Fieldset invalid={Boolean(melding)}>
      <FieldsetLegend>Producten uit de catalogus</FieldsetLegend>
      {melding && <FormFieldErrorMessage>{melding}</FormFieldErrorMessage>}
      {[...gekozen, ...extra].map((p) => (
        <FormField type="checkbox" key={p.id}>
          <Checkbox
            id={`product-${p.id}`}
            name="productIds"
            value={p.id}
            defaultChecked={gekozen.some((g) => g.id === p.id)}
          />
          <FormLabel htmlFor={`product-${p.id}`} type="checkbox">
            {p.naam}
          </FormLabel>
        </FormField>
      ))}
      <FormField>
        <FormLabel htmlFor="product-zoek">Product zoeken</FormLabel>
        <Textbox
          id="product-zoek"
          type="search"
          value={zoek}
          onChange={(e) => setZoek(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            setGezocht(zoek.trim());
          }}
        />
      </FormField>
      <Button appearance="secondary-action-button" onClick={() => setGezocht(zoek.trim())}>
        Zoek product
      </Button>
    </Fieldset>
  );
}

/** The fields of a zaaktype version: a new concept, or a change to one. */
export function ZaaktypeFormulier({
  zaaktype,
  onKlaar,
}: {
  zaaktype?: Zaaktype;
  onKlaar: (zt: Zaaktype, melding: string) => void;
}) {
  const client = useQueryClient();
  const [conflict, setConflict] = useState<{ zt: Zaaktype; tekst: string }>();
  const huidig = conflict?.zt ?? zaaktype;
  const opslaan = useMutation({
    mutationFn: (data: FormData) => {
      const velden = {
        omschrijving: tekst(data, 'omschrijving'),
        doel: tekst(data, 'doel'),
        aanleiding: tekst(data, 'aanleiding'),
        toelichting: tekst(data, 'toelichting'),
        doorlooptijd: tekst(data, 'doorlooptijd'),
        servicenorm: tekst(data, 'servicenorm') || null,
        opschortingMogelijk: data.get('opschortingMogelijk') === 'ja',
        verlengingMogelijk: data.get('verlengingMogelijk') === 'ja',
        verlengingstermijn: tekst(data, 'verlengingstermijn') || null,
        vertrouwelijkheid: vertrouwelijkheden.find((v) => v.waarde === tekst(data, 'vertrouwelijkheid'))
          ?.waarde,
        teamId: tekst(data, 'teamId') || null,
        productIds: data.getAll('productIds').map(String),
        beginGeldigheid: tekst(data, 'beginGeldigheid') || undefined,
      } satisfies Schema<'ZaaktypeInvoer'>;
      if (!huidig) {
        const identificatie = tekst(data, 'identificatie') || undefined;
        return api('POST', '/zaaktypen', { body: { ...velden, identificatie } });
      }
      return api('PATCH', '/zaaktypen/{id}', {
        path: { id: huidig.id },
        body: { ...velden, versie: huidig.versie },
      });
    },
    onSuccess: (zt) => {
      client.invalidateQueries({ queryKey: ['zaaktypen'] });
      onKlaar(zt, huidig ? `${zt.omschrijving} is gewijzigd.` : `Concept ${zt.omschrijving} is aangemaakt.`);
    },
    onError: (fout) => {
      const nieuw = huidigeVersie<Zaaktype>(fout);
      if (nieuw) setConflict({ zt: nieuw, tekst: fout.message });
    },
  });
  const fout = opslaan.error;
  return (
    <form
      key={huidig ? huidig.versie : 'nieuw'}
      onSubmit={(e) => opslaan.mutate(formulier(e))}
      noValidate
      aria-labelledby="zaaktype-formulier"
    >
      <Heading level={2} id="zaaktype-formulier">
        {huidig ? `${huidig.omschrijving} wijzigen` : 'Nieuw zaaktype'}
      </Heading>
      <Conflictmelding tekst={conflict?.tekst} />
      <Foutmelding fout={fout} />
      <Tekstveld
        naam="omschrijving"
        label="Omschrijving"
        waarde={huidig?.omschrijving}
        fout={fout}
        verplicht
      />
      {!huidig && (
        <Tekstveld
          naam="identificatie"
          label="Identificatie (optioneel)"
          beschrijving="Blijft gelijk over alle versies; leeg: afgeleid van de omschrijving."
          fout={fout}
        />
      )}
      <Tekstvak naam="doel" label="Doel" waarde={huidig?.doel} fout={fout} />
      <Tekstvak naam="aanleiding" label="Aanleiding" waarde={huidig?.aanleiding} fout={fout} />
      <Tekstvak naam="toelichting" label="Toelichting" waarde={huidig?.toelichting} fout={fout} />
      <Tekstveld
        naam="doorlooptijd"
        label="Doorlooptijd (wettelijke termijn)"
        beschrijving={DUUR_UITLEG}
        waarde={huidig?.doorlooptijd}
        fout={fout}
        verplicht
      />
      <Tekstveld
        naam="servicenorm"
        label="Servicenorm (onze belofte, optioneel)"
        beschrijving={DUUR_UITLEG}
        waarde={huidig?.servicenorm}
        fout={fout}
      />
      <FormFieldCheckbox
        id="veld-opschortingMogelijk"
        name="opschortingMogelijk"
        value="ja"
        label="Opschorten mag"
        defaultChecked={huidig?.opschortingMogelijk}
      />
      <FormFieldCheckbox
        id="veld-verlengingMogelijk"
        name="verlengingMogelijk"
        value="ja"
        label="Verlengen mag"
        defaultChecked={huidig?.verlengingMogelijk}
      />
      <Tekstveld
        naam="verlengingstermijn"
        label="Verlengingstermijn (als verlengen mag)"
        beschrijving={DUUR_UITLEG}
        waarde={huidig?.verlengingstermijn}
        fout={fout}
      />
      <Keuzeveld
        naam="vertrouwelijkheid"
        label="Vertrouwelijkheid"
        opties={vertrouwelijkheden}
        waarde={huidig?.vertrouwelijkheid ?? 'zaakvertrouwelijk'}
        fout={fout}
      />
      <TeamKeuze
        naam="teamId"
        label="Behandelend team"
        leeg="Nog geen team"
        waarde={huidig?.teamId ?? ''}
        fout={fout}
      />
      <ProductKeuze gekozen={huidig?.producten ?? []} fout={fout} />
      <Tekstveld
        naam="beginGeldigheid"
        label="Geldig vanaf"
        type="date"
        beschrijving="Leeg: vandaag."
        waarde={huidig?.beginGeldigheid}
        fout={fout}
      />
      <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
        {huidig ? 'Wijzigingen opslaan' : 'Concept aanmaken'}
      </Button>
    </form>
  );
}
