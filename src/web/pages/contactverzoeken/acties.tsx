import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { labels } from '../../../shared/labels';
import { uitInvoertijd } from '../../../shared/nl';
import { ApiFout, api, huidigeVersie, type Invoer } from '../../api';
import {
  ActieFormulier,
  type ActieUitkomst,
  type FormulierProps,
  useVersieActie,
} from '../../components/actieformulier';
import { Foutmelding, veldFout } from '../../components/fouten';
import { TeamKeuze } from '../../components/teamkeuze';
import { eenVan, Keuzeveld, Tekstvak, Tekstveld, tekst } from '../../components/velden';
import { type ContactverzoekDetail, pogingUitkomsten, resultaten } from './typen';

/** Posts one action on a request; each answers with the request and its logbook. */
type Verstuur<B> = (id: string, body: B) => Promise<ContactverzoekDetail>;
type Body<A extends 'claim' | 'pogingen' | 'notities' | 'doorsturen' | 'afhandelen'> = Invoer<
  `/contactverzoeken/{id}/${A}`,
  'POST'
>;

const claim = (id: string, body: Body<'claim'>) =>
  api('POST', '/contactverzoeken/{id}/claim', { path: { id }, body });
const belpoging = (id: string, body: Body<'pogingen'>) =>
  api('POST', '/contactverzoeken/{id}/pogingen', { path: { id }, body });
const notitie = (id: string, body: Body<'notities'>) =>
  api('POST', '/contactverzoeken/{id}/notities', { path: { id }, body });
const doorsturen = (id: string, body: Body<'doorsturen'>) =>
  api('POST', '/contactverzoeken/{id}/doorsturen', { path: { id }, body });
const afhandelen = (id: string, body: Body<'afhandelen'>) =>
  api('POST', '/contactverzoeken/{id}/afhandelen', { path: { id }, body });

/**
 * One action on a request, with the version the employee saw; a 409 puts the current state
 * on the screen and says why.
 */
const useActie = <B,>(
  verzoek: ContactverzoekDetail,
  verstuur: Verstuur<B>,
  onKlaar: (u: ActieUitkomst) => void,
) =>
  useVersieActie({
    sleutel: ['contactverzoek', verzoek.id],
    lijst: ['contactverzoeken'],
    verstuur: (body: B) => verstuur(verzoek.id, body),
    onKlaar,
    conflict: (fout) => fout.message,
  });

interface ActieProps {
  verzoek: ContactverzoekDetail;
  onKlaar: (u: ActieUitkomst) => void;
}

/** A form for one action on the request: closing it removes the forms. */
function VerzoekFormulier<B>({
  verzoek,
  verstuur,
  ...rest
}: ActieProps & { verstuur: Verstuur<B> } & Omit<
    FormulierProps<B, ContactverzoekDetail>,
    'actie' | 'sluit' | 'onKlaar'
  >) {
  const actie = useActie(verzoek, verstuur, rest.onKlaar);
  return <ActieFormulier {...rest} actie={actie} sluit={(v) => v.status !== 'open'} />;
}

const veldfout = (veld: string, melding: string) => new ApiFout(422, melding, [{ veld, melding }]);

export function Belpoging(props: ActieProps) {
  return (
    <VerzoekFormulier
      {...props}
      id="poging"
      titel="Belpoging vastleggen"
      knop="Belpoging vastleggen"
      verstuur={belpoging}
      invoer={(d): Body<'pogingen'> => {
        const uitkomst = eenVan(pogingUitkomsten, tekst(d, 'uitkomst'));
        if (!uitkomst) throw veldfout('uitkomst', 'Kies hoe de belpoging afliep.');
        const gebeld = tekst(d, 'tijdstip');
        return {
          uitkomst,
          tekst: tekst(d, 'tekst') || undefined,
          // The field holds Amsterdam time, whatever the computer's time zone.
          tijdstip: gebeld ? uitInvoertijd(gebeld).toISOString() : undefined,
          versie: props.verzoek.versie,
        };
      }}
      melding={() => 'De belpoging is vastgelegd.'}
    >
      {(fout) => (
        <>
          <Fieldset invalid={Boolean(veldFout(fout, 'uitkomst'))}>
            <FieldsetLegend>Uitkomst</FieldsetLegend>
            {veldFout(fout, 'uitkomst') && (
              <FormFieldErrorMessage>{veldFout(fout, 'uitkomst')}</FormFieldErrorMessage>
            )}
            {pogingUitkomsten.map((u) => (
              <FormField type="radio" key={u}>
                <RadioButton id={`poging-${u}`} name="uitkomst" value={u} />
                <FormLabel htmlFor={`poging-${u}`} type="radio">
                  {labels.poging[u]}
                </FormLabel>
              </FormField>
            ))}
          </Fieldset>
          <Tekstveld
            id="poging-tijdstip"
            naam="tijdstip"
            type="datetime-local"
            label="Gebeld op (optioneel)"
            beschrijving="Leeg is nu. Vul het in als u eerder belde dan u het nu vastlegt."
            fout={fout}
          />
          <Tekstvak id="poging-tekst" naam="tekst" label="Toelichting (optioneel)" fout={fout} />
        </>
      )}
    </VerzoekFormulier>
  );
}

export function Notitie(props: ActieProps) {
  return (
    <VerzoekFormulier
      {...props}
      id="notitie"
      titel="Notitie"
      knop="Notitie toevoegen"
      verstuur={notitie}
      // A note changes nothing of the request, so the server takes it without a version.
      invoer={(d): Body<'notities'> => {
        if (!tekst(d, 'tekst')) throw veldfout('tekst', 'Vul de notitie in.');
        return { tekst: tekst(d, 'tekst') };
      }}
      melding={() => 'De notitie is toegevoegd.'}
    >
      {(fout) => <Tekstvak id="notitie-tekst" naam="tekst" label="Notitie" fout={fout} />}
    </VerzoekFormulier>
  );
}

export function Doorsturen({ regie, ...props }: ActieProps & { regie: boolean }) {
  const [teamId, setTeamId] = useState('');
  const [nieuweTermijn, setNieuweTermijn] = useState(false);
  return (
    <VerzoekFormulier
      {...props}
      id="doorsturen"
      titel="Doorsturen naar een ander team"
      knop="Doorsturen"
      verstuur={doorsturen}
      invoer={(d): Body<'doorsturen'> => {
        if (!teamId) throw veldfout('teamId', 'Kies het team waar het verzoek heen gaat.');
        return {
          teamId,
          toelichting: tekst(d, 'toelichting') || undefined,
          ...(regie ? { nieuweTermijn, reden: tekst(d, 'reden') || undefined } : {}),
          versie: props.verzoek.versie,
        };
      }}
      melding={(n) => `Doorgestuurd naar ${n.teamNaam}.`}
    >
      {(fout) => (
        <>
          <TeamKeuze
            id="doorsturen-team"
            naam="teamId"
            label="Naar team"
            leeg="Kies een team"
            behalve={props.verzoek.teamId}
            waarde={teamId}
            onKies={setTeamId}
            fout={fout}
          />
          <Tekstvak
            id="doorsturen-toelichting"
            naam="toelichting"
            label="Toelichting (optioneel)"
            fout={fout}
          />
          {regie && (
            <>
              <FormField type="checkbox">
                <Checkbox
                  id="doorsturen-termijn"
                  checked={nieuweTermijn}
                  onChange={(e) => setNieuweTermijn(e.target.checked)}
                />
                <FormLabel htmlFor="doorsturen-termijn" type="checkbox">
                  Termijn opnieuw laten ingaan
                </FormLabel>
              </FormField>
              {nieuweTermijn && (
                <Tekstveld
                  id="doorsturen-reden"
                  naam="reden"
                  label="Reden voor de nieuwe termijn"
                  fout={fout}
                />
              )}
            </>
          )}
        </>
      )}
    </VerzoekFormulier>
  );
}

export function Afhandelen(props: ActieProps) {
  const opties = [
    { waarde: '', tekst: 'Kies een resultaat' },
    ...resultaten.map((r) => ({ waarde: r, tekst: labels.resultaat[r] })),
  ];
  return (
    <VerzoekFormulier
      {...props}
      id="afhandelen"
      titel="Afhandelen"
      knop="Afhandelen"
      verstuur={afhandelen}
      invoer={(d): Body<'afhandelen'> => {
        const resultaat = eenVan(resultaten, tekst(d, 'resultaat'));
        if (!resultaat) throw veldfout('resultaat', 'Kies het resultaat.');
        return { resultaat, toelichting: tekst(d, 'toelichting') || undefined, versie: props.verzoek.versie };
      }}
      bevestig={(b) =>
        `${props.verzoek.nummer} afhandelen met resultaat "${labels.resultaat[b.resultaat]}"? Daarna kan niemand er nog iets aan wijzigen.`
      }
      melding={(n) => `${n.nummer} is afgehandeld.`}
    >
      {(fout) => (
        <>
          <Keuzeveld
            id="afhandelen-resultaat"
            naam="resultaat"
            label="Resultaat"
            fout={fout}
            opties={opties}
          />
          <Tekstvak
            id="afhandelen-toelichting"
            naam="toelichting"
            label="Toelichting (optioneel)"
            fout={fout}
          />
        </>
      )}
    </VerzoekFormulier>
  );
}

/** Taking the request on oneself. */
export function Oppakken(props: ActieProps) {
  const actie = useActie(props.verzoek, claim, props.onKlaar);
  return (
    <>
      <Foutmelding fout={huidigeVersie(actie.error) ? null : actie.error} />
      <Button
        appearance="secondary-action-button"
        busy={actie.isPending}
        onClick={() =>
          actie.mutate(
            { versie: props.verzoek.versie },
            { onSuccess: () => props.onKlaar({ melding: 'U hebt dit verzoek opgepakt.' }) },
          )
        }
      >
        Oppakken
      </Button>
    </>
  );
}
