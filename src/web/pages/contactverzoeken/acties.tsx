import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  RadioButton,
} from '@utrecht/component-library-react';
import { type ReactNode, useRef, useState } from 'react';
import { labels } from '../../../shared/labels';
import { uitInvoertijd } from '../../../shared/nl';
import { ApiFout, api, huidigeVersie, type Invoer } from '../../api';
import { Bevestiging } from '../../components/bevestiging';
import { Foutmelding, veldFout } from '../../components/fouten';
import { TeamKeuze } from '../../components/teamkeuze';
import { eenVan, Keuzeveld, Tekstvak, Tekstveld, tekst } from '../../components/velden';
import { type ContactverzoekDetail, pogingUitkomsten, resultaten } from './typen';

export interface ActieUitkomst {
  melding?: string;
  conflict?: string;
  /** The action removed its form (closing): the message takes the focus. */
  focus?: boolean;
}

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
function useActie<B>(
  verzoek: ContactverzoekDetail,
  verstuur: Verstuur<B>,
  onKlaar: (u: ActieUitkomst) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => verstuur(verzoek.id, body),
    onSuccess: (nieuw) => {
      client.setQueryData(['contactverzoek', verzoek.id], nieuw);
      client.invalidateQueries({ queryKey: ['contactverzoeken'] });
    },
    onError: (fout) => {
      const huidig = huidigeVersie<ContactverzoekDetail>(fout);
      if (!huidig) return;
      client.setQueryData(['contactverzoek', verzoek.id], huidig);
      client.invalidateQueries({ queryKey: ['contactverzoeken'] });
      onKlaar({ conflict: fout.message });
    },
  });
}

interface ActieProps {
  verzoek: ContactverzoekDetail;
  onKlaar: (u: ActieUitkomst) => void;
}

/** A form for one action; `invoer` reads the body from the form (or throws a field error). */
function ActieFormulier<B>({
  id,
  titel,
  knop,
  verzoek,
  verstuur,
  invoer,
  melding,
  onKlaar,
  bevestig,
  children,
}: ActieProps & {
  id: string;
  titel: string;
  knop: string;
  verstuur: Verstuur<B>;
  /** Annotated with the action's body type where it is written, so tsc checks every field. */
  invoer: (d: FormData) => NoInfer<B>;
  melding: (nieuw: ContactverzoekDetail) => string;
  /** Ask first: the question for the confirmation dialog. */
  bevestig?: (body: NoInfer<B>) => string;
  children: (fout: unknown) => ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [vraag, setVraag] = useState<{ tekst: string; body: B } | null>(null);
  const [eigenFout, setEigenFout] = useState<unknown>(null);
  const actie = useActie(verzoek, verstuur, onKlaar);
  const fout = eigenFout ?? (huidigeVersie(actie.error) ? null : actie.error);
  const voerUit = (body: B) =>
    actie.mutate(body, {
      onSuccess: (nieuw) => {
        form.current?.reset();
        setVraag(null);
        // Closing removes the forms: the message takes the focus.
        onKlaar({ melding: melding(nieuw), focus: nieuw.status !== 'open' });
      },
      onError: () => setVraag(null),
    });
  return (
    <form
      ref={form}
      aria-labelledby={`${id}-kop`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        setEigenFout(null);
        try {
          const body = invoer(data);
          if (bevestig) setVraag({ tekst: bevestig(body), body });
          else voerUit(body);
        } catch (f) {
          setEigenFout(f);
        }
      }}
    >
      <Heading level={3} id={`${id}-kop`}>
        {titel}
      </Heading>
      <Foutmelding fout={fout} />
      {children(fout)}
      <Button type="submit" appearance="primary-action-button" busy={actie.isPending}>
        {knop}
      </Button>
      {vraag && (
        <Bevestiging
          vraag={vraag.tekst}
          ja={`Ja, ${knop.toLowerCase()}`}
          onJa={() => voerUit(vraag.body)}
          onNee={() => setVraag(null)}
          bezig={actie.isPending}
        />
      )}
    </form>
  );
}

const veldfout = (veld: string, melding: string) => new ApiFout(422, melding, [{ veld, melding }]);

export function Belpoging(props: ActieProps) {
  return (
    <ActieFormulier
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
    </ActieFormulier>
  );
}

export function Notitie(props: ActieProps) {
  return (
    <ActieFormulier
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
    </ActieFormulier>
  );
}

export function Doorsturen({ regie, ...props }: ActieProps & { regie: boolean }) {
  const [teamId, setTeamId] = useState('');
  const [nieuweTermijn, setNieuweTermijn] = useState(false);
  return (
    <ActieFormulier
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
    </ActieFormulier>
  );
}

export function Afhandelen(props: ActieProps) {
  const opties = [
    { waarde: '', tekst: 'Kies een resultaat' },
    ...resultaten.map((r) => ({ waarde: r, tekst: labels.resultaat[r] })),
  ];
  return (
    <ActieFormulier
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
    </ActieFormulier>
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
