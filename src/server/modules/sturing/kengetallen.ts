import type { Queryable } from '../../platform/db/client';
import type { Periode } from '../contactverzoeken/rapportage/perioden';
import { contactfeiten } from '../klantcontacten/operations/contactfeiten';
import { GEEN_UITNODIGINGEN, ktoAandelen, ktoGroepen } from '../kto/operations/cijfers';
import {
  beoordeelContact,
  fcrAandelen,
  HERHAALTERMIJN_DAGEN,
  leegFcr,
  telOordeel,
  vervolgPerPartij,
} from './fcr';
import { kanaalmix, leegMix, telKanaal } from './kanaalmix';

/** The service figures of a period in a few numbers: for the management report beside the requests and zaken. */
export interface Dienstverlening {
  contacten: number;
  fcr: number | null;
  naief: number | null;
  aandeelDigitaal: number | null;
  kto: ReturnType<typeof ktoAandelen>;
}

/** FCR, naive share, digital share and the KTO of a team (or the organisation) in a period, by the definitions of the Sturing screen. */
export async function dienstverlening(
  db: Queryable,
  p: Periode,
  teamId: string | null,
): Promise<Dienstverlening> {
  const feiten = await contactfeiten(db, p, teamId ? [teamId] : null, HERHAALTERMIJN_DAGEN);
  const vervolg = vervolgPerPartij(feiten.vervolg);
  const fcr = fcrAandelen(
    feiten.contacten.map((c) => beoordeelContact(c, vervolg)).reduce(telOordeel, leegFcr()),
  );
  const mix = kanaalmix(feiten.contacten.reduce((m, c) => telKanaal(m, c.kanaal), leegMix()));
  const kto = (await ktoGroepen(db, { ...p, teamId })).find((g) => g.per === 'totaal');
  return {
    contacten: fcr.contacten,
    fcr: fcr.fcr,
    naief: fcr.naief,
    aandeelDigitaal: mix.aandeelDigitaal,
    kto: ktoAandelen(kto ?? GEEN_UITNODIGINGEN),
  };
}
