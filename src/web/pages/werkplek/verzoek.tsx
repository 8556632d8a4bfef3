import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiFout, api } from '../../api';
import { type Contactverzoek, verzoekTekst } from '../contactverzoeken/typen';
import {
  controleerVerzoek,
  type GekozenProduct,
  invoerVan,
  naarTeamVan,
  type VerzoekBron,
  type VerzoekConcept,
  VerzoekVelden,
} from '../contactverzoeken/velden';
import type { Uitkomst } from './typen';

/** A question that becomes a contactverzoek, with what the agent filled in for it. */
export interface VraagMetVerzoek {
  sleutel: string;
  onderwerp: string;
  vraag: string;
  antwoord: string;
  uitkomst: Uitkomst;
  verzoek: VerzoekConcept;
}

export const wordtVerzoek = (v: { uitkomst: Uitkomst }) => v.uitkomst === 'contactverzoek';

/** Choosing a product names the subject and sends the request (if it becomes one) to its team. */
export const metProduct = (v: { verzoek: VerzoekConcept }, p: GekozenProduct) => ({
  productId: p.id,
  onderwerp: p.naam,
  verzoek: naarTeamVan(v.verzoek, p),
});

export const bronVan = (v: VraagMetVerzoek, bereik: Bereik): VerzoekBron => ({
  onderwerp: v.onderwerp,
  vraag: v.vraag,
  toelichting: v.antwoord,
  naam: '',
  ...bereik,
  herkomst: 'uit de klantgegevens',
});

export interface Bereik {
  telefoon: string;
  email: string;
}

/** Per question (by its key): the request made, or why it could not be made. */
export interface Verzoekstand {
  gemaakt: Record<string, Contactverzoek>;
  fouten: Record<string, unknown>;
}

/** Checks the requests before the contact is saved; the errors per question, none when all is well. */
export function controleerVerzoeken(vragen: VraagMetVerzoek[], bereik: Bereik): Record<string, unknown> {
  const fouten: Record<string, unknown> = {};
  for (const v of vragen.filter(wordtVerzoek)) {
    const fout = controleerVerzoek(v.verzoek, bronVan(v, bereik));
    if (fout) fouten[v.sleutel] = fout;
  }
  return fouten;
}

/**
 * Makes the requests of the saved contact, one per question with outcome contactverzoek,
 * skipping those already made; a failed one keeps its error for the fields.
 */
export async function maakVerzoeken(
  vragen: VraagMetVerzoek[],
  vraagIds: { id: string; volgnummer: number }[],
  bereik: Bereik,
  stand: Verzoekstand,
): Promise<Verzoekstand> {
  const nieuw: Verzoekstand = { gemaakt: { ...stand.gemaakt }, fouten: {} };
  for (const [i, v] of vragen.entries()) {
    if (!wordtVerzoek(v) || nieuw.gemaakt[v.sleutel]) continue;
    const vraagId = vraagIds.find((r) => r.volgnummer === i + 1)?.id;
    try {
      nieuw.gemaakt[v.sleutel] = await api('POST', '/contactverzoeken', {
        body: invoerVan(v.verzoek, bronVan(v, bereik), { vraagId }),
      });
    } catch (fout) {
      nieuw.fouten[v.sleutel] = fout;
    }
  }
  return nieuw;
}

/** The request part of one question: its fields, or the reference number once made. */
export function VraagVerzoek({
  i,
  vraag,
  bereik,
  anoniem,
  zet,
  gemaakt,
  fout,
}: {
  i: number;
  vraag: VraagMetVerzoek;
  bereik: Bereik;
  /** Without a party the team needs the caller's name. */
  anoniem?: boolean;
  zet: (verzoek: VerzoekConcept) => void;
  gemaakt?: Contactverzoek;
  fout: unknown;
}) {
  if (gemaakt)
    return (
      <Alert type="ok">
        <Paragraph>{verzoekTekst(gemaakt)}</Paragraph>
      </Alert>
    );
  return (
    <fieldset className="stadspunt-verzoek">
      <legend>Contactverzoek bij vraag {i + 1}</legend>
      {fout instanceof ApiFout && (
        <Paragraph className="stadspunt-veldfout" role="alert">
          {fout.message}
        </Paragraph>
      )}
      <VerzoekVelden
        id={`verzoek-${i}`}
        concept={vraag.verzoek}
        bron={bronVan(vraag, bereik)}
        zet={(deel) => zet({ ...vraag.verzoek, ...deel })}
        fout={fout}
        metNaam={anoniem}
      />
    </fieldset>
  );
}
