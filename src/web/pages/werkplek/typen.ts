import { uitkomsten as alleUitkomsten } from '../../../server/modules/klantcontacten/waarden';
import { labels } from '../../../shared/labels';
import type { Antwoord, Schema } from '../../api';
import type { Optie } from '../../components/velden';

export type Zoekresultaat = Schema<'Zoekresultaat'>;
export type Partij = Schema<'Partij'>;
export type Zoeksoort = Antwoord<'/partijen/zoeken'>['zoeksoort'];
export type Klantcontact = Schema<'Klantcontact'>;
export type Kanaal = Klantcontact['kanaal'];
export type Uitkomst = Klantcontact['vragen'][number]['uitkomst'];

export { kanalen } from '../../../server/modules/klantcontacten/waarden';
export const uitkomsten: Optie<Uitkomst>[] = alleUitkomsten.map((u) => ({
  waarde: u,
  tekst: labels.uitkomst[u],
}));
