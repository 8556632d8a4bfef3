import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFout, api, type Schema } from '../../api';
import { nieuwVerzoek, type VerzoekConcept } from '../contactverzoeken/velden';
import type { Klantcontact, Uitkomst } from './typen';
import type { ZaakConcept } from './zaak-uit-vraag';

/** The running contact as the server keeps it, so that a reload brings it back. */
export type LopendContact = Schema<'LopendContact'>;
export type Inhoud = Schema<'LopendContactInhoud'>;

export const legeInhoud: Inhoud = { kanaal: 'telefoon', concept: null, vragen: [] };

/** One question of the form. */
export interface Vraag {
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
  /** Likewise when the outcome is a zaak of the product's zaaktype. */
  zaak: ZaakConcept;
}

export const nieuweVraag = (): Vraag => ({
  sleutel: crypto.randomUUID(),
  productId: null,
  onderwerp: '',
  vraag: '',
  antwoord: '',
  uitkomst: 'afgehandeld',
  doorverwezenNaar: '',
  verzoek: nieuwVerzoek(),
  zaak: {},
});

export const vragenUit = (inhoud: Inhoud): Vraag[] =>
  inhoud.vragen.length === 0
    ? [nieuweVraag()]
    : inhoud.vragen.map((v) => ({
        ...v,
        sleutel: crypto.randomUUID(),
        verzoek: { ...nieuwVerzoek(), ...(v.verzoek as Partial<VerzoekConcept>) },
        zaak: (v.zaak ?? {}) as ZaakConcept,
      }));

export const inhoudVan = (kanaal: Inhoud['kanaal'], concept: Inhoud['concept'], vragen: Vraag[]): Inhoud => ({
  kanaal,
  concept,
  vragen: vragen.map(({ sleutel: _, verzoek, zaak, ...v }) => ({
    ...v,
    // Fields the agent did not touch stay undefined (they follow the question); JSON drops them.
    verzoek: JSON.parse(JSON.stringify(verzoek)),
    zaak: JSON.parse(JSON.stringify(zaak)),
  })),
});

/** A klantcontact concept being completed: its questions, and its version for the PATCH. */
export const inhoudVanConcept = (c: Klantcontact): Inhoud => ({
  kanaal: c.kanaal,
  concept: { id: c.id, versie: c.versie },
  vragen: c.vragen.map((v) => ({
    productId: v.productId,
    onderwerp: v.onderwerp,
    vraag: v.vraag,
    antwoord: v.antwoord,
    uitkomst: v.uitkomst,
    doorverwezenNaar: v.doorverwezenNaar ?? '',
    verzoek: {},
    zaak: {},
  })),
});

const PAUZE_MS = 400;

/**
 * Saves what was typed after a pause in typing, and at once when the page unloads (F5): the
 * request is sent with keepalive, so it reaches the server while the page reloads.
 */
export function useBewaren(id: string, inhoud: Inhoud) {
  const wachtend = useRef<Inhoud | null>(null);
  /** The server no longer keeps this contact: the employee began another one elsewhere. */
  const [verloren, setVerloren] = useState(false);
  const eerste = useRef(true);
  const verstuur = useCallback(
    (keepalive = false) => {
      const te = wachtend.current;
      if (!te) return;
      wachtend.current = null;
      api('PUT', '/lopende-contacten/{id}', { path: { id }, body: { inhoud: te }, keepalive }).catch(
        (fout) => {
          if (fout instanceof ApiFout && fout.status === 404) setVerloren(true);
        },
      );
    },
    [id],
  );
  useEffect(() => {
    const bijVertrek = () => verstuur(true);
    window.addEventListener('pagehide', bijVertrek);
    return () => window.removeEventListener('pagehide', bijVertrek);
  }, [verstuur]);
  useEffect(() => {
    // The first value is what the server sent.
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    wachtend.current = inhoud;
    const t = setTimeout(() => verstuur(), PAUZE_MS);
    return () => clearTimeout(t);
  }, [inhoud, verstuur]);
  /** The contact is done: what still waits is not sent any more. */
  const stop = () => {
    wachtend.current = null;
  };
  return { stop, verloren };
}
