import type { Queryable } from '../../platform/db/client';
import type { Periode } from '../contactverzoeken/rapportage/perioden';
import { GEEN_UITNODIGINGEN, ktoAandelen, ktoGroepen } from '../kto/operations/cijfers';
import { contacttotalen } from './contactsturing';

/** The service figures of a period in a few numbers: for the management report beside the requests and zaken. */
export interface Dienstverlening {
  contacten: number;
  fcr: number | null;
  naief: number | null;
  aandeelDigitaal: number | null;
  kto: ReturnType<typeof ktoAandelen>;
}

/** FCR, naive share, digital share and the KTO of a team (or the organisation) in a period, from the Sturing screen's day counts. */
export async function dienstverlening(
  db: Queryable,
  p: Periode,
  teamId: string | null,
): Promise<Dienstverlening> {
  const { fcr, kanaalmix: mix } = await contacttotalen(db, p, teamId);
  const kto = (await ktoGroepen(db, { ...p, teamId })).find((g) => g.per === 'totaal');
  return {
    contacten: fcr.contacten,
    fcr: fcr.fcr,
    naief: fcr.naief,
    aandeelDigitaal: mix.aandeelDigitaal,
    kto: ktoAandelen(kto ?? GEEN_UITNODIGINGEN),
  };
}
