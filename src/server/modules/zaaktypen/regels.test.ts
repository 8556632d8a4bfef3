import { describe, expect, it } from 'vitest';
import {
  dagErvoor,
  eigenschapFouten,
  geldigheidFout,
  publicatieFouten,
  resultaattypeFouten,
  statustypeFouten,
  zaaktypeFouten,
} from './regels';

const velden = (fouten: { veld: string }[]) => fouten.map((f) => f.veld);

describe('zaaktype rules', () => {
  it('verlenging allowed requires a verlengingstermijn, and none without verlenging', () => {
    expect(velden(zaaktypeFouten({ doorlooptijd: 'P6W', verlengingMogelijk: true }))).toEqual([
      'verlengingstermijn',
    ]);
    expect(
      zaaktypeFouten({ doorlooptijd: 'P6W', verlengingMogelijk: true, verlengingstermijn: 'P6W' }),
    ).toEqual([]);
    expect(velden(zaaktypeFouten({ doorlooptijd: 'P6W', verlengingstermijn: 'P6W' }))).toEqual([
      'verlengingstermijn',
    ]);
  });

  it('the servicenorm is not longer than the doorlooptijd', () => {
    expect(velden(zaaktypeFouten({ doorlooptijd: 'P6W', servicenorm: 'P2M' }))).toEqual(['servicenorm']);
    expect(zaaktypeFouten({ doorlooptijd: 'P8W', servicenorm: 'P8W' })).toEqual([]);
  });

  it('a statustype with informeren needs a statustekst', () => {
    expect(velden(statustypeFouten([{ informeren: false }, { informeren: true, statustekst: '' }]))).toEqual([
      'items.1.statustekst',
    ]);
  });

  it('eigenschap names are unique in any case', () => {
    expect(velden(eigenschapFouten([{ naam: 'Kenteken' }, { naam: 'kenteken' }]))).toEqual(['items.1.naam']);
  });
});

describe('resultaattype rules', () => {
  const basis = { archiefnominatie: 'vernietigen', archiefactietermijn: 'P5Y' };

  it('a result that is destroyed needs an archiefactietermijn', () => {
    expect(velden(resultaattypeFouten([{ archiefnominatie: 'vernietigen' }]))).toEqual([
      'items.0.archiefactietermijn',
    ]);
    expect(resultaattypeFouten([{ archiefnominatie: 'blijvend_bewaren' }])).toEqual([]);
  });

  it('afleidingswijze termijn needs a procestermijn', () => {
    expect(velden(resultaattypeFouten([{ ...basis, afleidingswijze: 'termijn' }]))).toEqual([
      'items.0.procestermijn',
    ]);
    expect(resultaattypeFouten([{ ...basis, afleidingswijze: 'termijn', procestermijn: 'P5Y' }])).toEqual([]);
  });

  it('afleidingswijze eigenschap needs a datumkenmerk; zaakobject and ander datumkenmerk also an objecttype', () => {
    expect(velden(resultaattypeFouten([{ ...basis, afleidingswijze: 'eigenschap' }]))).toEqual([
      'items.0.datumkenmerk',
    ]);
    expect(
      velden(resultaattypeFouten([{ ...basis, afleidingswijze: 'zaakobject', datumkenmerk: 'datum' }])),
    ).toEqual(['items.0.objecttype']);
  });

  it('afleidingswijze afgehandeld takes no datumkenmerk or procestermijn', () => {
    const fouten = resultaattypeFouten([
      { ...basis, afleidingswijze: 'afgehandeld', datumkenmerk: 'x', procestermijn: 'P1Y' },
    ]);
    expect(velden(fouten)).toEqual(['items.0.datumkenmerk', 'items.0.procestermijn']);
    expect(fouten[0].melding).toBe('Laat het datumkenmerk leeg bij afleidingswijze afgehandeld.');
  });
});

describe('publishing rules', () => {
  const compleet = {
    statustypen: [{}, {}],
    resultaattypen: [
      { selectielijstklasse: 'https://selectielijst/1', afleidingswijze: 'afgehandeld', datumkenmerk: '' },
    ],
    roltypen: [{}],
    eigenschappen: [],
  };

  it('publishes with 2 statustypen, 1 resultaattype with a selectielijst class and 1 roltype', () => {
    expect(publicatieFouten(compleet)).toEqual([]);
  });

  it('names every missing rule as a field error', () => {
    const fouten = publicatieFouten({
      statustypen: [{}],
      resultaattypen: [{ selectielijstklasse: '', afleidingswijze: 'afgehandeld', datumkenmerk: '' }],
      roltypen: [],
      eigenschappen: [],
    });
    expect(velden(fouten)).toEqual(['statustypen', 'resultaattypen', 'roltypen']);
  });

  it('a brondatum from an eigenschap needs that eigenschap on the zaaktype', () => {
    const resultaattypen = [
      { selectielijstklasse: 'x', afleidingswijze: 'eigenschap', datumkenmerk: 'Vervaldatum' },
    ];
    expect(velden(publicatieFouten({ ...compleet, resultaattypen }))).toEqual([
      'resultaattypen.0.datumkenmerk',
    ]);
    expect(
      publicatieFouten({ ...compleet, resultaattypen, eigenschappen: [{ naam: 'Vervaldatum' }] }),
    ).toEqual([]);
  });
});

describe('geldigheid of versions', () => {
  it('a new version begins after the previous one began', () => {
    expect(velden(geldigheidFout('2026-03-01', '2026-03-01'))).toEqual(['beginGeldigheid']);
    expect(geldigheidFout('2026-03-02', '2026-03-01')).toEqual([]);
    expect(geldigheidFout('2026-03-01', undefined)).toEqual([]);
  });

  it('the previous version ends the day before, also across a month and a leap day', () => {
    expect(dagErvoor('2026-03-01')).toBe('2026-02-28');
    expect(dagErvoor('2028-03-01')).toBe('2028-02-29');
    expect(dagErvoor('2027-01-01')).toBe('2026-12-31');
  });
});
