import type { QueryClient } from '@tanstack/react-query';
import { Alert, Paragraph, Textbox } from '@utrecht/component-library-react';
import { ApiFout, api, type Schema } from '../../api';
import { AppLink } from '../../components/applink';
import { veldFout } from '../../components/fouten';
import { beschrevenDoor, Keuzeveld, Veld } from '../../components/velden';
import { datum } from '../../datum';
import type { Zaak } from '../zaken/typen';
import { geldigeZaaktypenQuery } from '../zaken/zaaktype';
import { controleerPerVraag, maakPerVraag, type Stand } from './per-vraag';
import type { Uitkomst } from './typen';

export type Zaaktype = Schema<'ZaaktypeSamenvatting'>;

/** What the agent chose for a question's zaak; left undefined, it follows the product and the question. */
export interface ZaakConcept {
  zaaktypeId?: string;
  omschrijving?: string;
}

/** A question that becomes a zaak, with what the agent filled in for it. */
export interface VraagMetZaak {
  sleutel: string;
  productId: string | null;
  onderwerp: string;
  vraag: string;
  uitkomst: Uitkomst;
  zaak: ZaakConcept;
}

export const wordtZaak = (v: { uitkomst: Uitkomst }) => v.uitkomst === 'zaak';

/** The zaaktypen valid today that deliver the question's product: none without a product. */
export const zaaktypenVoorQuery = (productId: string | null) => ({
  ...geldigeZaaktypenQuery(productId ?? undefined),
  enabled: Boolean(productId),
});

/** The zaaktypen of every question's product, by question, from the cache the form already filled. */
export async function zaaktypenPerVraag(client: QueryClient, vragen: VraagMetZaak[]) {
  const perVraag: Record<string, Zaaktype[]> = {};
  for (const v of vragen)
    perVraag[v.sleutel] = v.productId ? await client.fetchQuery(zaaktypenVoorQuery(v.productId)) : [];
  return perVraag;
}

/** The chosen zaaktype, else the product's first (the only one, mostly). */
export const zaaktypeVan = (v: VraagMetZaak, opties: Zaaktype[]) =>
  opties.find((z) => z.id === v.zaak.zaaktypeId) ?? opties[0];

const OMSCHRIJVING_MAX = 80;

/** A zaak's omschrijving starts as the question (as much as a zaak takes), else its subject. */
export const omschrijvingVan = (v: VraagMetZaak) =>
  v.zaak.omschrijving ?? (v.vraag.trim() || v.onderwerp).slice(0, OMSCHRIJVING_MAX).trim();

export type Zaakstand = Stand<Zaak>;

/**
 * The questions with outcome zaak whose product a published zaaktype delivers: those become a
 * zaak of the party (another outcome zaak records only that a zaak was made elsewhere).
 */
const maaktZaak = (opties: Record<string, Zaaktype[]>) => (v: VraagMetZaak) =>
  wordtZaak(v) && (opties[v.sleutel]?.length ?? 0) > 0;

export const controleerZaken = (vragen: VraagMetZaak[], opties: Record<string, Zaaktype[]>) =>
  controleerPerVraag(vragen, maaktZaak(opties), (v) =>
    omschrijvingVan(v)
      ? null
      : new ApiFout(422, 'De zaak is niet compleet.', [
          { veld: 'omschrijving', melding: 'Vul de omschrijving van de zaak in.' },
        ]),
  );

/** Makes the zaken of the saved contact: the party is the initiator, the contact is linked. */
export const maakZaken = (
  vragen: VraagMetZaak[],
  opties: Record<string, Zaaktype[]>,
  partijId: string,
  klantcontactId: string,
  stand: Zaakstand,
) =>
  maakPerVraag(vragen, maaktZaak(opties), stand, (v) =>
    api('POST', '/zaken', {
      body: {
        zaaktypeId: zaaktypeVan(v, opties[v.sleutel]).id,
        omschrijving: omschrijvingVan(v),
        initiatorPartijId: partijId,
        klantcontactId,
      },
    }),
  );

/** The zaak's number as a link to it, its team and its legal deadline, as the agent reads it out. */
export function ZaakGemaakt({ zaak }: { zaak: Zaak }) {
  return (
    <>
      Zaak <AppLink naar={`/zaken/${zaak.id}`}>{zaak.identificatie}</AppLink> voor {zaak.teamNaam}, uiterlijk
      klaar op {datum(zaak.uiterlijkeEinddatumAfdoening)}.
    </>
  );
}

const teamVan = (z: Zaaktype) => (z.teamNaam ? `Behandeld door ${z.teamNaam}.` : undefined);

/** The zaak part of one question: its zaaktype and omschrijving, or the zaak's number once made. */
export function VraagZaak({
  i,
  vraag,
  opties,
  zet,
  gemaakt,
  fout,
}: {
  i: number;
  vraag: VraagMetZaak;
  opties: Zaaktype[];
  zet: (zaak: ZaakConcept) => void;
  gemaakt?: Zaak;
  fout: unknown;
}) {
  if (gemaakt)
    return (
      <Alert type="ok">
        <Paragraph>
          <ZaakGemaakt zaak={gemaakt} />
        </Paragraph>
      </Alert>
    );
  const id = `zaak-${i}`;
  const gekozen = zaaktypeVan(vraag, opties);
  const melding = veldFout(fout, 'omschrijving');
  return (
    <fieldset className="stadspunt-verzoek">
      <legend>Zaak bij vraag {i + 1}</legend>
      {fout instanceof ApiFout && (
        <Paragraph className="stadspunt-veldfout" role="alert">
          {fout.message}
        </Paragraph>
      )}
      <div className="stadspunt-vraag-rij">
        {opties.length > 1 ? (
          <Keuzeveld
            id={`${id}-zaaktype`}
            naam="zaaktypeId"
            label="Zaaktype"
            fout={fout}
            opties={opties.map((z) => ({ waarde: z.id, tekst: z.omschrijving }))}
            waarde={gekozen?.id}
            onKies={(zaaktypeId) => zet({ ...vraag.zaak, zaaktypeId })}
            beschrijving={gekozen && teamVan(gekozen)}
          />
        ) : (
          <Paragraph>
            Zaaktype: {gekozen?.omschrijving}. {gekozen && teamVan(gekozen)}
          </Paragraph>
        )}
        <Veld id={`${id}-omschrijving`} label="Omschrijving van de zaak" fout={melding}>
          <Textbox
            id={`${id}-omschrijving`}
            value={omschrijvingVan(vraag)}
            maxLength={OMSCHRIJVING_MAX}
            invalid={Boolean(melding)}
            aria-describedby={beschrevenDoor(`${id}-omschrijving`, melding)}
            onChange={(e) => zet({ ...vraag.zaak, omschrijving: e.target.value })}
          />
        </Veld>
      </div>
    </fieldset>
  );
}
