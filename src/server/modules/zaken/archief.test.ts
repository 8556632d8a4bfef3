import { describe, expect, it } from 'vitest';
import { type Archiefgegevens, archivering, GeenBrondatum, type Resultaatregels } from './archief';

const regels = (r: Partial<Resultaatregels>): Resultaatregels => ({
  archiefnominatie: 'vernietigen',
  archiefactietermijn: 'P10Y',
  afleidingswijze: 'afgehandeld',
  datumkenmerk: '',
  procestermijn: null,
  ...r,
});
const zaak = (z: Partial<Archiefgegevens> = {}): Archiefgegevens => ({
  einddatum: '2026-03-20',
  eigenschappen: [],
  besluiten: [],
  hoofdzaak: null,
  gerelateerdeZaken: [],
  ...z,
});

describe('archiefactiedatum bij het afsluiten (afleidingswijzen van de brondatum)', () => {
  it('afgehandeld: de brondatum is de einddatum van de zaak', () => {
    expect(archivering(regels({}), zaak())).toEqual({
      archiefnominatie: 'vernietigen',
      archiefactiedatum: '2036-03-20',
    });
  });

  it('termijn: de brondatum is de einddatum plus de procestermijn', () => {
    const r = regels({ afleidingswijze: 'termijn', procestermijn: 'P5Y', archiefactietermijn: 'P1Y' });
    expect(archivering(r, zaak()).archiefactiedatum).toBe('2032-03-20');
  });

  it('eigenschap: de brondatum is de datum in de eigenschap die het datumkenmerk noemt', () => {
    const r = regels({
      afleidingswijze: 'eigenschap',
      datumkenmerk: 'vergunning geldig tot',
      archiefactietermijn: 'P1Y',
    });
    const z = zaak({ eigenschappen: [{ naam: 'vergunning geldig tot', waarde: '2028-12-31' }] });
    expect(archivering(r, z).archiefactiedatum).toBe('2029-12-31');
  });

  it('eigenschap: zonder die eigenschap kan de zaak niet sluiten', () => {
    const r = regels({ afleidingswijze: 'eigenschap', datumkenmerk: 'vergunning geldig tot' });
    expect(() => archivering(r, zaak())).toThrow(GeenBrondatum);
  });

  it('ingangsdatum besluit: de brondatum is de laatste ingangsdatum van de besluiten', () => {
    const r = regels({ afleidingswijze: 'ingangsdatum_besluit', archiefactietermijn: 'P5Y' });
    const z = zaak({
      besluiten: [
        { ingangsdatum: '2026-04-01', vervaldatum: null },
        { ingangsdatum: '2026-05-01', vervaldatum: null },
      ],
    });
    expect(archivering(r, z).archiefactiedatum).toBe('2031-05-01');
  });

  it('vervaldatum besluit: de brondatum is de laatste vervaldatum; zonder vervaldatum kan de zaak niet sluiten', () => {
    const r = regels({ afleidingswijze: 'vervaldatum_besluit', archiefactietermijn: 'P1Y' });
    expect(
      archivering(r, zaak({ besluiten: [{ ingangsdatum: '2026-04-01', vervaldatum: '2027-04-01' }] }))
        .archiefactiedatum,
    ).toBe('2028-04-01');
    expect(() =>
      archivering(r, zaak({ besluiten: [{ ingangsdatum: '2026-04-01', vervaldatum: null }] })),
    ).toThrow(GeenBrondatum);
  });

  it('hoofdzaak: de brondatum is de einddatum van de hoofdzaak, die dus eerst moet sluiten', () => {
    const r = regels({ afleidingswijze: 'hoofdzaak' });
    expect(archivering(r, zaak({ hoofdzaak: { einddatum: '2026-06-01' } })).archiefactiedatum).toBe(
      '2036-06-01',
    );
    expect(() => archivering(r, zaak({ hoofdzaak: { einddatum: null } }))).toThrow(
      'De hoofdzaak is nog niet afgesloten.',
    );
  });

  it('gerelateerde zaak: de brondatum is de laatste einddatum van de gerelateerde zaken, die alle gesloten zijn', () => {
    const r = regels({ afleidingswijze: 'gerelateerde_zaak' });
    const z = zaak({ gerelateerdeZaken: [{ einddatum: '2026-01-10' }, { einddatum: '2026-02-10' }] });
    expect(archivering(r, z).archiefactiedatum).toBe('2036-02-10');
    expect(() => archivering(r, zaak({ gerelateerdeZaken: [{ einddatum: null }] }))).toThrow(GeenBrondatum);
  });

  it('ander datumkenmerk: de behandelaar vult de brondatum in', () => {
    const r = regels({ afleidingswijze: 'ander_datumkenmerk', archiefactietermijn: 'P20Y' });
    expect(archivering(r, zaak({ brondatum: '2026-01-01' })).archiefactiedatum).toBe('2046-01-01');
    expect(() => archivering(r, zaak())).toThrow(GeenBrondatum);
  });

  it('blijvend bewaren zonder archiefactietermijn: geen archiefactiedatum', () => {
    expect(
      archivering(regels({ archiefnominatie: 'blijvend_bewaren', archiefactietermijn: null }), zaak()),
    ).toEqual({
      archiefnominatie: 'blijvend_bewaren',
      archiefactiedatum: null,
    });
  });
});
