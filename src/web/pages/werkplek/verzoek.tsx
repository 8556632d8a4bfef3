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
import { controleerPerVraag, maakPerVraag, type Stand } from './per-vraag';
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

export type Verzoekstand = Stand<Contactverzoek>;

/** Checks the requests before the contact is saved; the errors per question, none when all is well. */
export const controleerVerzoeken = (vragen: VraagMetVerzoek[], bereik: Bereik) =>
  controleerPerVraag(vragen, wordtVerzoek, (v) => controleerVerzoek(v.verzoek, bronVan(v, bereik)));

/** Makes the requests of the saved contact, one per question with outcome contactverzoek. */
export const maakVerzoeken = (
  vragen: VraagMetVerzoek[],
  vraagIds: { id: string; volgnummer: number }[],
  bereik: Bereik,
  stand: Verzoekstand,
) =>
  maakPerVraag(vragen, wordtVerzoek, stand, (v, i) =>
    api('POST', '/contactverzoeken', {
      body: invoerVan(v.verzoek, bronVan(v, bereik), {
        vraagId: vraagIds.find((r) => r.volgnummer === i + 1)?.id,
      }),
    }),
  );

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
