import type { Schema } from '../../api';
import { datum } from '../../datum';

export {
  pogingUitkomsten,
  resultaten,
  voorkeurstijden,
} from '../../../server/modules/contactverzoeken/waarden';

export type Contactverzoek = Schema<'Contactverzoek'>;
export type ContactverzoekDetail = Schema<'ContactverzoekMetLogboek'>;
export type Logboekregel = ContactverzoekDetail['logboek'][number];
export type Voorkeurstijd = Contactverzoek['voorkeurstijd'];

/** The reference number and deadline, as the agent reads them to the resident. */
export const verzoekTekst = (c: Contactverzoek) =>
  `Contactverzoek ${c.nummer} voor ${c.teamNaam}, uiterlijk ${datum(c.deadline)} (${c.termijn}).`;
