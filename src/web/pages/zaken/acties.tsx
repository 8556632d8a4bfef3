import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiFout, api, huidigeVersie, type Invoer } from '../../api';
import {
  ActieFormulier,
  type ActieUitkomst,
  type FormulierProps,
  useVersieActie,
} from '../../components/actieformulier';
import { Foutmelding, veldFout } from '../../components/fouten';
import { MedewerkerKeuze } from '../../components/teamkeuze';
import { Keuzeveld, type Optie, Tekstvak, Tekstveld, tekst } from '../../components/velden';
import { datum } from '../../datum';
import type { ZaakDetail } from './typen';
import { wekenIn, wekenTekst, type ZaaktypeKeuzes, zetbareStatussen } from './zaaktype';

type Pad =
  | 'oppakken'
  | 'toewijzing'
  | 'status'
  | 'eigenschappen'
  | 'notities'
  | 'opschorting'
  | 'hervatting'
  | 'verlenging'
  | 'besluiten'
  | 'afsluiting';
type Body<P extends Pad> = Invoer<`/zaken/{id}/${P}`, 'POST'>;

/** Every action answers with the zaak and its history. */
const verstuur = <P extends Pad>(pad: P, id: string, body: Body<P>) =>
  api('POST', `/zaken/{id}/${pad}` as '/zaken/{id}/status', {
    path: { id },
    body: body as Body<'status'>,
  }) as Promise<ZaakDetail>;

export const CONFLICT = 'Deze zaak is intussen gewijzigd door een ander.';

/**
 * One action on the zaak, with the version the employee saw; a 409 puts the current state on
 * the screen and says that someone else changed it.
 */
const useZaakActie = <P extends Pad>(zaak: ZaakDetail, pad: P, onKlaar: (u: ActieUitkomst) => void) =>
  useVersieActie({
    sleutel: ['zaak', zaak.id],
    lijst: ['zaken'],
    verstuur: (body: Body<P>) => verstuur(pad, zaak.id, body),
    onKlaar,
    conflict: () => CONFLICT,
  });

export interface ActieProps {
  zaak: ZaakDetail;
  onKlaar: (u: ActieUitkomst) => void;
}
interface MetZaaktype extends ActieProps {
  zaaktype: ZaaktypeKeuzes;
}

const veldfout = (veld: string, melding: string) => new ApiFout(422, melding, [{ veld, melding }]);
const kies = (opties: Optie[], leeg: string): Optie[] => [{ waarde: '', tekst: leeg }, ...opties];

/** A form for one action on the zaak: closing it removes the forms. */
function ZaakFormulier<P extends Pad>({
  pad,
  zaak,
  ...rest
}: ActieProps & { pad: P } & Omit<FormulierProps<Body<P>, ZaakDetail>, 'actie' | 'sluit' | 'onKlaar'>) {
  const actie = useZaakActie(zaak, pad, rest.onKlaar);
  return <ActieFormulier {...rest} actie={actie} sluit={(z) => Boolean(z.einddatum)} eenmaal />;
}

/** Taking the zaak on oneself. */
export function Oppakken({ zaak, onKlaar }: ActieProps) {
  const actie = useZaakActie(zaak, 'oppakken', onKlaar);
  return (
    <>
      <Foutmelding fout={huidigeVersie(actie.error) ? null : actie.error} />
      <Button
        appearance="secondary-action-button"
        busy={actie.isPending}
        onClick={() =>
          actie.mutate(
            { versie: zaak.versie },
            { onSuccess: () => onKlaar({ melding: `U hebt ${zaak.identificatie} opgepakt.` }) },
          )
        }
      >
        Oppakken
      </Button>
    </>
  );
}

export function Toewijzen(props: ActieProps) {
  return (
    <ZaakFormulier
      {...props}
      id="toewijzen"
      titel="Toewijzen"
      knop="Toewijzen"
      pad="toewijzing"
      invoer={(d): Body<'toewijzing'> => ({
        behandelaarId: tekst(d, 'behandelaarId') || null,
        versie: props.zaak.versie,
      })}
      melding={(n) => (n.behandelaarNaam ? `Toegewezen aan ${n.behandelaarNaam}.` : 'Toewijzing opgeheven.')}
    >
      {(fout) => (
        <MedewerkerKeuze
          id="toewijzen-behandelaar"
          naam="behandelaarId"
          label="Behandelaar"
          leeg="Niemand (toewijzing opheffen)"
          teamId={props.zaak.teamId}
          waarde={props.zaak.behandelaarId ?? ''}
          fout={fout}
        />
      )}
    </ZaakFormulier>
  );
}

export function StatusZetten({ zaaktype, ...props }: MetZaaktype) {
  const opties = zetbareStatussen(zaaktype)
    .filter((s) => s.id !== props.zaak.statustypeId)
    .map((s) => ({
      waarde: s.id,
      tekst: s.informeren ? `${s.omschrijving} (de aanvrager krijgt bericht)` : s.omschrijving,
    }));
  return (
    <ZaakFormulier
      {...props}
      id="status"
      titel="Status zetten"
      knop="Status zetten"
      pad="status"
      invoer={(d): Body<'status'> => {
        if (!tekst(d, 'statustypeId')) throw veldfout('statustypeId', 'Kies de nieuwe status.');
        return {
          statustypeId: tekst(d, 'statustypeId'),
          toelichting: tekst(d, 'toelichting') || undefined,
          versie: props.zaak.versie,
        };
      }}
      melding={(n) => `De status is nu "${n.statusOmschrijving}".`}
    >
      {(fout) => (
        <>
          <Keuzeveld
            id="status-statustype"
            naam="statustypeId"
            label="Nieuwe status"
            fout={fout}
            opties={kies(opties, 'Kies een status')}
          />
          <Tekstvak id="status-toelichting" naam="toelichting" label="Toelichting (optioneel)" fout={fout} />
        </>
      )}
    </ZaakFormulier>
  );
}

/** The value field fits the eigenschap: its list of values, a date, or free text. */
function Waardeveld({
  eigenschap: e,
  fout,
}: {
  eigenschap?: ZaaktypeKeuzes['eigenschappen'][number];
  fout: unknown;
}) {
  if (e?.waardenverzameling.length)
    return (
      <Keuzeveld
        key={e.id}
        id="eigenschap-waarde"
        naam="waarde"
        label="Waarde"
        fout={fout}
        opties={kies(
          e.waardenverzameling.map((w) => ({ waarde: w, tekst: w })),
          'Kies een waarde',
        )}
      />
    );
  return (
    <Tekstveld
      key={e?.id}
      id="eigenschap-waarde"
      naam="waarde"
      label="Waarde"
      type={e?.formaat === 'datum' ? 'date' : 'text'}
      fout={fout}
    />
  );
}

export function EigenschapVastleggen({ zaaktype, ...props }: MetZaaktype) {
  const [eigenschapId, setEigenschapId] = useState('');
  const eigenschap = zaaktype.eigenschappen.find((e) => e.id === eigenschapId);
  return (
    <ZaakFormulier
      {...props}
      id="eigenschap"
      titel="Eigenschap vastleggen"
      knop="Eigenschap vastleggen"
      pad="eigenschappen"
      invoer={(d): Body<'eigenschappen'> => {
        if (!eigenschapId) throw veldfout('eigenschapId', 'Kies de eigenschap.');
        return { eigenschapId, waarde: tekst(d, 'waarde'), versie: props.zaak.versie };
      }}
      melding={() => `${eigenschap?.naam ?? 'De eigenschap'} is vastgelegd.`}
    >
      {(fout) => (
        <>
          <Keuzeveld
            id="eigenschap-id"
            naam="eigenschapId"
            label="Eigenschap"
            fout={fout}
            opties={kies(
              zaaktype.eigenschappen.map((e) => ({ waarde: e.id, tekst: e.naam })),
              'Kies een eigenschap',
            )}
            waarde={eigenschapId}
            onKies={setEigenschapId}
          />
          <Waardeveld eigenschap={eigenschap} fout={fout} />
        </>
      )}
    </ZaakFormulier>
  );
}

export function Notitie(props: ActieProps) {
  return (
    <ZaakFormulier
      {...props}
      id="notitie"
      titel="Notitie"
      knop="Notitie toevoegen"
      pad="notities"
      // A note changes nothing of the zaak's state, so the server takes it without a version.
      invoer={(d): Body<'notities'> => ({ tekst: tekst(d, 'tekst') })}
      melding={() => 'De notitie is toegevoegd.'}
    >
      {(fout) => <Tekstvak id="notitie-tekst" naam="tekst" label="Notitie" fout={fout} />}
    </ZaakFormulier>
  );
}

export function Opschorten(props: ActieProps) {
  return (
    <ZaakFormulier
      {...props}
      id="opschorten"
      titel="Opschorten"
      knop="Opschorten"
      pad="opschorting"
      invoer={(d): Body<'opschorting'> => {
        // Asked before the confirmation, so the dialog is not answered in vain.
        if (!tekst(d, 'reden')) throw veldfout('reden', 'Vul de reden van de opschorting in.');
        return { reden: tekst(d, 'reden'), versie: props.zaak.versie };
      }}
      bevestig={() =>
        `${props.zaak.identificatie} opschorten? De termijnen staan stil tot u de zaak hervat. Een zaak kan maar één keer worden opgeschort.`
      }
      melding={() => `${props.zaak.identificatie} is opgeschort.`}
    >
      {(fout) => <Tekstvak id="opschorten-reden" naam="reden" label="Reden van de opschorting" fout={fout} />}
    </ZaakFormulier>
  );
}

export function Hervatten(props: ActieProps) {
  return (
    <ZaakFormulier
      {...props}
      id="hervatten"
      titel={`Opgeschort sinds ${props.zaak.opgeschortSinds ? datum(props.zaak.opgeschortSinds) : ''}`}
      knop="Hervatten"
      pad="hervatting"
      invoer={(): Body<'hervatting'> => ({ versie: props.zaak.versie })}
      melding={(n) =>
        `${n.identificatie} is hervat; uiterlijk klaar op ${datum(n.uiterlijkeEinddatumAfdoening)}.`
      }
    />
  );
}

export function Verlengen({ zaaktype, ...props }: MetZaaktype) {
  const weken = Array.from({ length: wekenIn(zaaktype.verlengingstermijn) }, (_, i) => i + 1);
  return (
    <ZaakFormulier
      {...props}
      id="verlengen"
      titel="Verlengen"
      knop="Verlengen"
      pad="verlenging"
      invoer={(d): Body<'verlenging'> => {
        if (!tekst(d, 'duur')) throw veldfout('duur', 'Kies met hoeveel weken de zaak wordt verlengd.');
        return { duur: tekst(d, 'duur'), reden: tekst(d, 'reden'), versie: props.zaak.versie };
      }}
      melding={(n) =>
        `${n.identificatie} is verlengd tot uiterlijk ${datum(n.uiterlijkeEinddatumAfdoening)}; de aanvrager krijgt bericht.`
      }
    >
      {(fout) => (
        <>
          <Keuzeveld
            id="verlengen-duur"
            naam="duur"
            label="Verlengen met"
            beschrijving="Eén keer, hoogstens de verlengingstermijn van het zaaktype."
            fout={fout}
            opties={kies(
              weken.map((w) => ({ waarde: `P${w}W`, tekst: wekenTekst(w) })),
              'Kies een duur',
            )}
          />
          <Tekstvak id="verlengen-reden" naam="reden" label="Reden (de aanvrager leest deze)" fout={fout} />
        </>
      )}
    </ZaakFormulier>
  );
}

export function BesluitVastleggen({ zaaktype, ...props }: MetZaaktype) {
  return (
    <ZaakFormulier
      {...props}
      id="besluit"
      titel="Besluit vastleggen"
      knop="Besluit vastleggen"
      pad="besluiten"
      invoer={(d): Body<'besluiten'> => ({
        besluittypeId: tekst(d, 'besluittypeId') || undefined,
        omschrijving: tekst(d, 'omschrijving'),
        datum: tekst(d, 'datum'),
        ingangsdatum: tekst(d, 'ingangsdatum'),
        vervaldatum: tekst(d, 'vervaldatum') || undefined,
        toelichting: tekst(d, 'toelichting') || undefined,
      })}
      melding={() => 'Het besluit is vastgelegd.'}
    >
      {(fout) => (
        <>
          {zaaktype.besluittypen.length > 0 && (
            <Keuzeveld
              id="besluit-type"
              naam="besluittypeId"
              label="Besluittype"
              fout={fout}
              opties={kies(
                zaaktype.besluittypen.map((b) => ({ waarde: b.id, tekst: b.omschrijving })),
                'Geen besluittype',
              )}
            />
          )}
          <Tekstveld id="besluit-omschrijving" naam="omschrijving" label="Besluit" fout={fout} />
          <Tekstveld id="besluit-datum" naam="datum" label="Besluitdatum" type="date" fout={fout} />
          <Tekstveld id="besluit-ingang" naam="ingangsdatum" label="Ingangsdatum" type="date" fout={fout} />
          <Tekstveld
            id="besluit-verval"
            naam="vervaldatum"
            label="Vervaldatum (optioneel)"
            type="date"
            fout={fout}
          />
          <Tekstvak id="besluit-toelichting" naam="toelichting" label="Toelichting (optioneel)" fout={fout} />
        </>
      )}
    </ZaakFormulier>
  );
}

export function Afsluiten({ zaaktype, ...props }: MetZaaktype) {
  const [resultaattypeId, setResultaattypeId] = useState('');
  const resultaat = zaaktype.resultaattypen.find((r) => r.id === resultaattypeId);
  return (
    <ZaakFormulier
      {...props}
      id="afsluiten"
      titel="Afsluiten"
      knop="Afsluiten"
      pad="afsluiting"
      invoer={(d): Body<'afsluiting'> => {
        if (!resultaat) throw veldfout('resultaattypeId', 'Kies het resultaat.');
        return {
          resultaattypeId: resultaat.id,
          toelichting: tekst(d, 'toelichting') || undefined,
          brondatum: tekst(d, 'brondatum') || undefined,
          versie: props.zaak.versie,
        };
      }}
      bevestig={() =>
        `${props.zaak.identificatie} afsluiten met resultaat "${resultaat?.omschrijving}"? Daarna kan niemand de zaak nog wijzigen.`
      }
      melding={(n) => `${n.identificatie} is afgesloten met resultaat "${n.resultaatOmschrijving}".`}
    >
      {(fout) => (
        <>
          <Keuzeveld
            id="afsluiten-resultaat"
            naam="resultaattypeId"
            label="Resultaat"
            fout={fout}
            opties={kies(
              zaaktype.resultaattypen.map((r) => ({ waarde: r.id, tekst: r.omschrijving })),
              'Kies een resultaat',
            )}
            waarde={resultaattypeId}
            onKies={setResultaattypeId}
          />
          {/* The archive term then starts on a date only the employee knows; the server says when it needs one. */}
          {(resultaat?.afleidingswijze === 'ander_datumkenmerk' || veldFout(fout, 'brondatum')) && (
            <Tekstveld
              id="afsluiten-brondatum"
              naam="brondatum"
              label={`Brondatum archiefprocedure${resultaat?.datumkenmerk ? ` (${resultaat.datumkenmerk})` : ''}`}
              type="date"
              fout={fout}
            />
          )}
          <Tekstvak
            id="afsluiten-toelichting"
            naam="toelichting"
            label="Toelichting (optioneel)"
            fout={fout}
          />
        </>
      )}
    </ZaakFormulier>
  );
}
