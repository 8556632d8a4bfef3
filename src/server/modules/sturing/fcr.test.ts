import { describe, expect, it } from 'vitest';
import type { Contactfeit, Vervolgcontact } from '../klantcontacten/operations/contactfeiten';
import {
  beoordeelContact,
  beoordeelPerProduct,
  fcrAandelen,
  leegFcr,
  telOordeel,
  vervolgPerPartij,
} from './fcr';

const PASPOORT = '00000000-0000-4000-8000-000000000001';
const PARKEREN = '00000000-0000-4000-8000-000000000002';
const JANSEN = 'partij-jansen';

type Vraag = Contactfeit['vragen'][number];
const vraag = (productId: string | null, uitkomst: Vraag['uitkomst'] = 'afgehandeld'): Vraag => ({
  productId,
  uitkomst,
});

function contact(start: string, vragen: Vraag[], partijId: string | null = JANSEN): Contactfeit {
  return {
    id: `c-${start}`,
    kanaal: 'telefoon',
    partijId,
    teamId: null,
    medewerkerId: null,
    start: new Date(start),
    dag: start.slice(0, 10),
    vragen,
  };
}

const later = (c: Contactfeit): Vervolgcontact => ({
  id: c.id,
  partijId: c.partijId as string,
  start: c.start,
  productIds: [...new Set(c.vragen.map((v) => v.productId))],
});

const oordeelMet = (eerste: Contactfeit, ...vervolg: Contactfeit[]) =>
  beoordeelContact(eerste, vervolgPerPartij([eerste, ...vervolg].map(later)));

describe('first-contact resolution', () => {
  const eerste = contact('2026-11-02T09:00:00Z', [vraag(PASPOORT)]);

  it('a contact whose questions were all handled and that nobody followed up is resolved', () => {
    expect(oordeelMet(eerste)).toEqual({ beantwoord: true, opgelost: true });
  });

  it('a referral to the right organisation answers the question', () => {
    expect(oordeelMet(contact('2026-11-02T09:00:00Z', [vraag(PASPOORT, 'doorverwezen')]))).toEqual({
      beantwoord: true,
      opgelost: true,
    });
  });

  it.each(['doorverbonden-gelukt', 'doorverbonden-niet-gelukt', 'contactverzoek', 'zaak'] as const)(
    'one question ending in "%s" leaves the contact unanswered, naive and real',
    (uitkomst) => {
      const c = contact('2026-11-02T09:00:00Z', [vraag(PASPOORT), vraag(PARKEREN, uitkomst)]);
      expect(oordeelMet(c)).toEqual({ beantwoord: false, opgelost: false });
    },
  );

  it('a contact of the same party on the same product within 7 days makes it unresolved, though answered', () => {
    const terug = contact('2026-11-09T08:59:00Z', [vraag(PASPOORT)]);
    expect(oordeelMet(eerste, terug)).toEqual({ beantwoord: true, opgelost: false });
  });

  it('exactly 7 days later still counts as a follow-up; a minute more does not', () => {
    expect(oordeelMet(eerste, contact('2026-11-09T09:00:00Z', [vraag(PASPOORT)])).opgelost).toBe(false);
    expect(oordeelMet(eerste, contact('2026-11-09T09:01:00Z', [vraag(PASPOORT)])).opgelost).toBe(true);
  });

  it('a later contact on another product is no follow-up', () => {
    expect(oordeelMet(eerste, contact('2026-11-03T09:00:00Z', [vraag(PARKEREN)])).opgelost).toBe(true);
  });

  it('an earlier contact on the same product is no follow-up of this one', () => {
    expect(oordeelMet(eerste, contact('2026-11-01T09:00:00Z', [vraag(PASPOORT)])).opgelost).toBe(true);
  });

  it('a contact of another party on the same product is no follow-up', () => {
    const ander = contact('2026-11-03T09:00:00Z', [vraag(PASPOORT)], 'partij-de-vries');
    expect(oordeelMet(eerste, ander).opgelost).toBe(true);
  });

  it('questions without a product never match a follow-up: nobody knows what it was about', () => {
    const zonder = contact('2026-11-02T09:00:00Z', [vraag(null)]);
    expect(oordeelMet(zonder, contact('2026-11-03T09:00:00Z', [vraag(null)])).opgelost).toBe(true);
  });

  it('an anonymous contact has a naive answer but no FCR: its follow-up cannot be seen', () => {
    expect(oordeelMet(contact('2026-11-02T09:00:00Z', [vraag(PASPOORT)], null))).toEqual({
      beantwoord: true,
      opgelost: null,
    });
  });

  it('per product, only that product’s questions and follow-ups count', () => {
    const twee = contact('2026-11-02T09:00:00Z', [vraag(PASPOORT), vraag(PARKEREN, 'contactverzoek')]);
    const terug = contact('2026-11-04T09:00:00Z', [vraag(PARKEREN)]);
    const oordelen = beoordeelPerProduct(twee, vervolgPerPartij([twee, terug].map(later)));
    expect(oordelen).toEqual([
      { productId: PASPOORT, beantwoord: true, opgelost: true },
      { productId: PARKEREN, beantwoord: false, opgelost: false },
    ]);
  });

  it('the naive share is over every contact, the FCR over those of a known party', () => {
    const t = [
      { beantwoord: true, opgelost: true },
      { beantwoord: true, opgelost: false },
      { beantwoord: false, opgelost: false },
      { beantwoord: true, opgelost: null },
    ].reduce(telOordeel, leegFcr());
    expect(fcrAandelen(t)).toEqual({
      contacten: 4,
      beantwoord: 3,
      bekend: 3,
      opgelost: 1,
      naief: 0.75,
      fcr: 1 / 3,
    });
  });

  it('without contacts both shares are empty, not zero', () => {
    expect(fcrAandelen(leegFcr())).toMatchObject({ naief: null, fcr: null });
  });
});
