import type { Afleidingswijze } from '../modules/zaaktypen/waarden';
import type { Queryable } from '../platform/db/client';
import {
  besluittype,
  eigenschap,
  resultaattype,
  roltype,
  statustype,
  zaaktype,
  zaaktypeBesluittype,
} from '../platform/db/schema';

export interface TestZaaktypeOpties {
  identificatie?: string;
  doorlooptijd?: string;
  servicenorm?: string | null;
  opschortingMogelijk?: boolean;
  verlengingstermijn?: string | null;
  afleidingswijze?: Afleidingswijze;
  datumkenmerk?: string;
  procestermijn?: string | null;
  beginGeldigheid?: string;
}

/**
 * A published zaaktype for tests, written as the catalogue would hold it: three statustypen
 * (the last the eindstatus, the second and third inform the initiator), two results, the
 * initiator and behandelaar roltypen, an eigenschap of each formaat used, a besluittype.
 */
export async function testZaaktype(db: Queryable, teamId: string, o: TestZaaktypeOpties = {}) {
  const [zt] = await db
    .insert(zaaktype)
    .values({
      identificatie: o.identificatie ?? `test-${crypto.randomUUID().slice(0, 8)}`,
      versiedatum: '2026-01-01',
      omschrijving: 'Parkeervergunning aanvragen',
      doorlooptijd: o.doorlooptijd ?? 'P8W',
      servicenorm: o.servicenorm === undefined ? 'P14D' : o.servicenorm,
      opschortingMogelijk: o.opschortingMogelijk ?? true,
      verlengingMogelijk: o.verlengingstermijn !== null,
      verlengingstermijn: o.verlengingstermijn === undefined ? 'P6W' : o.verlengingstermijn,
      teamId,
      concept: false,
      beginGeldigheid: o.beginGeldigheid ?? '2020-01-01',
    })
    .returning();
  const statussen = await db
    .insert(statustype)
    .values([
      { zaaktypeId: zt.id, volgnummer: 1, omschrijving: 'Ontvangen' },
      {
        zaaktypeId: zt.id,
        volgnummer: 2,
        omschrijving: 'In behandeling',
        informeren: true,
        statustekst: 'Wij zijn uw aanvraag aan het beoordelen.',
      },
      {
        zaaktypeId: zt.id,
        volgnummer: 3,
        omschrijving: 'Afgehandeld',
        informeren: true,
        statustekst: 'Wij hebben uw aanvraag afgehandeld.',
      },
    ])
    .returning();
  const resultaten = await db
    .insert(resultaattype)
    .values([
      {
        zaaktypeId: zt.id,
        omschrijving: 'Verleend',
        selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/test',
        archiefnominatie: 'vernietigen',
        archiefactietermijn: 'P1Y',
        afleidingswijze: o.afleidingswijze ?? 'afgehandeld',
        datumkenmerk: o.datumkenmerk ?? '',
        procestermijn: o.procestermijn ?? null,
      },
      {
        zaaktypeId: zt.id,
        omschrijving: 'Geweigerd',
        archiefnominatie: 'blijvend_bewaren',
        archiefactietermijn: null,
      },
    ])
    .returning();
  await db.insert(roltype).values([
    { zaaktypeId: zt.id, omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' },
    { zaaktypeId: zt.id, omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' },
  ]);
  const eigenschappen = await db
    .insert(eigenschap)
    .values([
      { zaaktypeId: zt.id, naam: 'kenteken', formaat: 'tekst', lengte: 8 },
      { zaaktypeId: zt.id, naam: 'geldig tot', formaat: 'datum', lengte: 10 },
      { zaaktypeId: zt.id, naam: 'zone', waardenverzameling: ['A', 'B', 'C'] },
    ])
    .returning();
  const [bt] = await db
    .insert(besluittype)
    .values({ omschrijving: 'Vergunningsbesluit', concept: false, beginGeldigheid: '2020-01-01' })
    .returning();
  await db.insert(zaaktypeBesluittype).values({ zaaktypeId: zt.id, besluittypeId: bt.id });
  const eig = (naam: string) => eigenschappen.find((e) => e.naam === naam)?.id as string;
  return {
    id: zt.id,
    statustypen: statussen.map((s) => s.id),
    verleend: resultaten[0].id,
    geweigerd: resultaten[1].id,
    besluittypeId: bt.id,
    eigenschappen: { kenteken: eig('kenteken'), geldigTot: eig('geldig tot'), zone: eig('zone') },
  };
}
