import type { Contactfeit } from '../klantcontacten/operations/contactfeiten';
import type { Kanaal } from '../klantcontacten/waarden';
import {
  beoordeelContact,
  beoordeelPerProduct,
  type Fcrtelling,
  leegFcr,
  telOordeel,
  type Vervolg,
} from './fcr';

type Dag = { dag: string; teamId: string | null };
export type Contactdag = Dag & { kanaal: Kanaal } & Fcrtelling;
export type Medewerkerdag = Dag & { medewerkerId: string | null } & Fcrtelling;
export type Productdag = Dag & { productId: string; kanaal: Kanaal } & Fcrtelling;
export type Organisatieproductdag = Omit<Productdag, 'teamId'>;

/** Counts per key, each group made with its describing fields the first time it is seen. */
class Tellingen<R extends Fcrtelling> {
  private readonly groepen = new Map<string, R>();

  tel(kenmerk: Omit<R, keyof Fcrtelling>, oordeel: Parameters<typeof telOordeel>[1]): void {
    const sleutel = Object.values(kenmerk).join('|');
    let groep = this.groepen.get(sleutel);
    if (!groep) {
      groep = { ...kenmerk, ...leegFcr() } as R;
      this.groepen.set(sleutel, groep);
    }
    telOordeel(groep, oordeel);
  }

  rijen(): R[] {
    return [...this.groepen.values()];
  }
}

/**
 * The day counts of these first contacts, judged by the FCR rules against their follow-ups: per
 * team and channel, per team and employee, and per product and channel (a contact once per
 * product it asked about, judged on that product's questions) of each team and of the organisation.
 */
export function dagtellingen(contacten: readonly Contactfeit[], vervolg: Vervolg) {
  const perKanaal = new Tellingen<Contactdag>();
  const perMedewerker = new Tellingen<Medewerkerdag>();
  const perProduct = new Tellingen<Productdag>();
  const perProductOrganisatie = new Tellingen<Organisatieproductdag>();
  for (const c of contacten) {
    const dag = { dag: c.dag, teamId: c.teamId };
    const oordeel = beoordeelContact(c, vervolg);
    perKanaal.tel({ ...dag, kanaal: c.kanaal }, oordeel);
    perMedewerker.tel({ ...dag, medewerkerId: c.medewerkerId }, oordeel);
    for (const p of beoordeelPerProduct(c, vervolg)) {
      perProduct.tel({ ...dag, productId: p.productId, kanaal: c.kanaal }, p);
      perProductOrganisatie.tel({ dag: c.dag, productId: p.productId, kanaal: c.kanaal }, p);
    }
  }
  return {
    perKanaal: perKanaal.rijen(),
    perMedewerker: perMedewerker.rijen(),
    perProduct: perProduct.rijen(),
    perProductOrganisatie: perProductOrganisatie.rijen(),
  };
}
