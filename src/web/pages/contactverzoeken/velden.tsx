import { Checkbox, FormField, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import { labels } from '../../../shared/labels';
import { ApiFout, type Schema, type VeldFout } from '../../api';
import { veldFout } from '../../components/fouten';
import { MedewerkerKeuze, TeamKeuze } from '../../components/teamkeuze';
import { beschrevenDoor, Keuzeveld, Veld } from '../../components/velden';
import { type Voorkeurstijd, voorkeurstijden } from './typen';

/** What the form holds; a text left undefined follows its source (the question, the party). */
export interface VerzoekConcept {
  teamId: string;
  /** Chosen in the form itself; a request from a question takes the question's product. */
  productId?: string;
  medewerkerId: string;
  onderwerp?: string;
  vraag?: string;
  toelichting?: string;
  naam?: string;
  telefoon?: string;
  email?: string;
  voorkeurstijd: Voorkeurstijd;
  urgent: boolean;
}

type ContactverzoekInvoer = Schema<'ContactverzoekInvoer'>;

/** Where the texts come from when the agent did not change them. */
export interface VerzoekBron {
  onderwerp: string;
  vraag: string;
  toelichting: string;
  naam: string;
  telefoon: string;
  email: string;
  /** Said under the contact fields, e.g. "uit de klantgegevens". */
  herkomst?: string;
}

export const legeBron: VerzoekBron = {
  onderwerp: '',
  vraag: '',
  toelichting: '',
  naam: '',
  telefoon: '',
  email: '',
};

export const nieuwVerzoek = (teamId = ''): VerzoekConcept => ({
  teamId,
  medewerkerId: '',
  voorkeurstijd: 'geen',
  urgent: false,
});

/** A product of the catalogue as a form chooses it: with the team responsible for it. */
export interface GekozenProduct {
  id: string;
  naam: string;
  teamId: string | null;
}

/** The request goes to the team of the chosen product (an employee of the old team is dropped). */
export const naarTeamVan = (c: VerzoekConcept, p: GekozenProduct): VerzoekConcept =>
  p.teamId && p.teamId !== c.teamId ? { ...c, teamId: p.teamId, medewerkerId: '' } : c;

type Tekstveld = 'onderwerp' | 'vraag' | 'toelichting' | 'naam' | 'telefoon' | 'email';
const waarde = (c: VerzoekConcept, bron: VerzoekBron, veld: Tekstveld) => c[veld] ?? bron[veld];

/** The body of POST /contactverzoeken: what the form shows is what is sent. */
export function invoerVan(
  c: VerzoekConcept,
  bron: VerzoekBron,
  extra: Pick<ContactverzoekInvoer, 'vraagId'> = {},
): ContactverzoekInvoer {
  const leegIsNull = (veld: Tekstveld) => waarde(c, bron, veld).trim() || null;
  return {
    ...extra,
    teamId: c.teamId,
    productId: c.productId,
    medewerkerId: c.medewerkerId || null,
    onderwerp: waarde(c, bron, 'onderwerp').trim() || undefined,
    vraag: waarde(c, bron, 'vraag').trim() || undefined,
    toelichting: waarde(c, bron, 'toelichting').trim(),
    naam: waarde(c, bron, 'naam').trim() || undefined,
    telefoon: leegIsNull('telefoon'),
    email: leegIsNull('email'),
    voorkeurstijd: c.voorkeurstijd,
    urgent: c.urgent,
  };
}

/**
 * What can be checked before anything is saved (the contact is registered first, so the
 * agent should not learn only afterwards that the request lacks a team or a way to reach).
 */
export function controleerVerzoek(c: VerzoekConcept, bron: VerzoekBron): ApiFout | null {
  const fouten: VeldFout[] = [];
  if (!c.teamId) fouten.push({ veld: 'teamId', melding: 'Kies het team dat contact opneemt.' });
  if (!waarde(c, bron, 'telefoon').trim() && !waarde(c, bron, 'email').trim())
    fouten.push({
      veld: 'telefoon',
      melding: 'Vul een telefoonnummer of e-mailadres in om de inwoner te bereiken.',
    });
  return fouten.length ? new ApiFout(422, 'Het contactverzoek is niet compleet.', fouten) : null;
}

function Tekst({
  id,
  veld,
  label,
  c,
  bron,
  zet,
  fout,
  type = 'text',
  meerregelig,
  beschrijving,
}: {
  id: string;
  veld: Tekstveld;
  label: string;
  c: VerzoekConcept;
  bron: VerzoekBron;
  zet: (deel: Partial<VerzoekConcept>) => void;
  fout: unknown;
  type?: 'text' | 'tel' | 'email';
  meerregelig?: boolean;
  beschrijving?: string;
}) {
  const melding = veldFout(fout, veld);
  const eigen = {
    id: `${id}-${veld}`,
    value: waarde(c, bron, veld),
    invalid: Boolean(melding),
    'aria-describedby': beschrevenDoor(`${id}-${veld}`, melding, beschrijving),
  };
  return (
    <Veld id={eigen.id} label={label} fout={melding} beschrijving={beschrijving}>
      {meerregelig ? (
        <Textarea {...eigen} onChange={(e) => zet({ [veld]: e.target.value })} />
      ) : (
        <Textbox {...eigen} type={type} onChange={(e) => zet({ [veld]: e.target.value })} />
      )}
    </Veld>
  );
}

interface VerzoekVeldenProps {
  /** Prefix of the ids, unique on the page. */
  id: string;
  concept: VerzoekConcept;
  bron: VerzoekBron;
  zet: (deel: Partial<VerzoekConcept>) => void;
  fout: unknown;
  /** Without a party the resident's name is asked. */
  metNaam?: boolean;
}

/** The fields of a new contactverzoek; the texts start from the question and the party. */
export function VerzoekVelden({ id, concept: c, bron, zet, fout, metNaam }: VerzoekVeldenProps) {
  const herkomst = (w: string) => (w && bron.herkomst ? `Ingevuld ${bron.herkomst}.` : undefined);
  const tekst = { c, bron, zet, fout, id };
  return (
    <>
      <TeamKeuze
        id={`${id}-team`}
        naam="teamId"
        label="Team"
        leeg="Kies een team"
        waarde={c.teamId}
        onKies={(teamId) => zet({ teamId, medewerkerId: '' })}
        fout={fout}
      />
      {c.teamId && (
        <MedewerkerKeuze
          id={`${id}-medewerker`}
          naam="medewerkerId"
          label="Medewerker (optioneel)"
          teamId={c.teamId}
          waarde={c.medewerkerId}
          onKies={(medewerkerId) => zet({ medewerkerId })}
          fout={fout}
        />
      )}
      <Tekst {...tekst} veld="onderwerp" label="Onderwerp" />
      <Tekst {...tekst} veld="vraag" label="Vraag van de inwoner" meerregelig />
      <Tekst
        {...tekst}
        veld="toelichting"
        label="Toelichting voor het team"
        meerregelig
        beschrijving="Wat de inwoner al is verteld."
      />
      {metNaam && <Tekst {...tekst} veld="naam" label="Naam van de inwoner" />}
      <Tekst
        {...tekst}
        veld="telefoon"
        label="Terugbellen op telefoonnummer"
        type="tel"
        beschrijving={herkomst(bron.telefoon)}
      />
      <Tekst
        {...tekst}
        veld="email"
        label="E-mailadres voor de bevestiging"
        type="email"
        beschrijving={herkomst(bron.email)}
      />
      <Keuzeveld
        id={`${id}-voorkeurstijd`}
        naam="voorkeurstijd"
        label="Voorkeur voor het terugbellen"
        fout={fout}
        opties={voorkeurstijden.map((v) => ({ waarde: v, tekst: labels.voorkeurstijd[v] }))}
        waarde={c.voorkeurstijd}
        onKies={(voorkeurstijd) => zet({ voorkeurstijd })}
      />
      <FormField type="checkbox">
        <Checkbox
          id={`${id}-urgent`}
          checked={c.urgent}
          onChange={(e) => zet({ urgent: e.target.checked })}
        />
        <FormLabel htmlFor={`${id}-urgent`} type="checkbox">
          Urgent (kortere termijn)
        </FormLabel>
      </FormField>
    </>
  );
}
