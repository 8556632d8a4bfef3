import { readFileSync } from 'node:fs';
import type { Queryable } from '../../platform/db/client';
import { inProject } from '../../platform/projectmap';
import {
  besluittype,
  eigenschap,
  informatieobjecttype,
  resultaattype,
  roltype,
  selectielijstProcestype,
  selectielijstResultaat,
  statustype,
  zaaktype,
  zaaktypeBesluittype,
  zaaktypeInformatieobjecttype,
} from './schema';
import type {
  Afleidingswijze,
  Archiefnominatie,
  EigenschapFormaat,
  RoltypeGeneriek,
  Vertrouwelijkheid,
} from './waarden';

const lees = <T>(bestand: string): T =>
  JSON.parse(readFileSync(inProject(`src/server/modules/zaaktypen/referentie/${bestand}`), 'utf8')) as T;

interface Procestype {
  url: string;
  nummer: number;
  jaar: number;
  naam: string;
  omschrijving: string;
}
interface Resultaat {
  url: string;
  procesType: string;
  volledigNummer: string;
  naam: string;
  waardering: Archiefnominatie;
  bewaartermijn: string | null;
  procestermijn: string;
}

/** The VNG Selectielijst gemeenten: procestypen of 2017 and 2020, and the results of 2017. */
export async function loadSelectielijst(db: Queryable): Promise<number> {
  const procestypen = [
    ...lees<Procestype[]>('selectielijst-procestypen-2017.json'),
    ...lees<Procestype[]>('selectielijst-procestypen-2020.json'),
  ];
  await db
    .insert(selectielijstProcestype)
    .values(
      procestypen.map(({ url, nummer, jaar, naam, omschrijving }) => ({
        url,
        nummer,
        jaar,
        naam,
        omschrijving,
      })),
    )
    .onConflictDoNothing();
  const resultaten = lees<{ results: Resultaat[] }>('selectielijst-resultaten.json').results;
  await db
    .insert(selectielijstResultaat)
    .values(
      resultaten.map((r) => ({
        url: r.url,
        procestypeUrl: r.procesType,
        volledigNummer: r.volledigNummer,
        naam: r.naam.trim(),
        waardering: r.waardering,
        bewaartermijn: r.bewaartermijn,
        procestermijn: r.procestermijn,
      })),
    )
    .onConflictDoNothing();
  return procestypen.length + resultaten.length;
}

type Velden = Record<string, unknown>;
interface Rij {
  model: string;
  pk?: number;
  fields: Velden;
}

/** "P0D" in the fixture means no term at all: our duration columns say that with null. */
const termijn = (waarde: unknown) => (typeof waarde === 'string' && waarde !== 'P0D' ? waarde : null);
const tekst = (waarde: unknown) => (typeof waarde === 'string' ? waarde : '');

/**
 * The Open Zaak demo catalogue (a Django fixture: relations by integer pk) as zaaktypen, with
 * their uuids as ids. Its zaaktypen are concepts there, and stay concepts here.
 */
export async function importOpenZaakCatalogus(db: Queryable): Promise<number> {
  const rijen = lees<Rij[]>('openzaak-demo-catalogi.json');
  const van = (model: string) => rijen.filter((r) => r.model === `catalogi.${model}`);
  const uuid = new Map(
    rijen.filter((r) => r.pk !== undefined).map((r) => [`${r.model}:${r.pk}`, r.fields.uuid as string]),
  );
  const ref = (model: string, pk: unknown) => uuid.get(`catalogi.${model}:${pk}`) as string;
  const geldigheid = (f: Velden) => ({
    concept: f.concept !== false,
    beginGeldigheid: f.datum_begin_geldigheid as string,
    eindeGeldigheid: (f.datum_einde_geldigheid as string | null) ?? null,
  });

  const zaaktypen = van('zaaktype').map(({ fields: f }) => ({
    id: f.uuid as string,
    identificatie: f.identificatie as string,
    versiedatum: f.versiedatum as string,
    omschrijving: f.zaaktype_omschrijving as string,
    omschrijvingGeneriek: tekst(f.zaaktype_omschrijving_generiek),
    doel: tekst(f.doel),
    aanleiding: tekst(f.aanleiding),
    toelichting: tekst(f.toelichting),
    onderwerp: tekst(f.onderwerp),
    handelingInitiator: tekst(f.handeling_initiator),
    handelingBehandelaar: tekst(f.handeling_behandelaar),
    internOfExtern: f.indicatie_intern_of_extern as 'intern' | 'extern',
    doorlooptijd: f.doorlooptijd_behandeling as string,
    servicenorm: termijn(f.servicenorm_behandeling),
    opschortingMogelijk: Boolean(f.opschorting_en_aanhouding_mogelijk),
    verlengingMogelijk: Boolean(f.verlenging_mogelijk),
    verlengingstermijn: termijn(f.verlengingstermijn),
    vertrouwelijkheid: f.vertrouwelijkheidaanduiding as Vertrouwelijkheid,
    selectielijstProcestype: (f.selectielijst_procestype as string) || null,
    ...geldigheid(f),
  }));
  const informatieobjecttypen = van('informatieobjecttype').map(({ fields: f }) => ({
    id: f.uuid as string,
    omschrijving: f.omschrijving as string,
    categorie: tekst(f.informatieobjectcategorie),
    vertrouwelijkheid: f.vertrouwelijkheidaanduiding as Vertrouwelijkheid,
    ...geldigheid(f),
  }));
  const besluittypen = van('besluittype').map(({ fields: f }) => ({
    id: f.uuid as string,
    omschrijving: f.omschrijving as string,
    omschrijvingGeneriek: tekst(f.omschrijving_generiek),
    besluitcategorie: tekst(f.besluitcategorie),
    reactietermijn: termijn(f.reactietermijn),
    publicatieIndicatie: Boolean(f.publicatie_indicatie),
    toelichting: tekst(f.toelichting),
    ...geldigheid(f),
  }));
  const statustypen = van('statustype').map(({ fields: f }) => ({
    id: f.uuid as string,
    zaaktypeId: ref('zaaktype', f.zaaktype),
    volgnummer: f.statustypevolgnummer as number,
    omschrijving: f.statustype_omschrijving as string,
    omschrijvingGeneriek: tekst(f.statustype_omschrijving_generiek),
    statustekst: tekst(f.statustekst),
    informeren: Boolean(f.informeren),
    doorlooptijd: termijn(f.doorlooptijd),
    toelichting: tekst(f.toelichting),
  }));
  const resultaattypen = van('resultaattype').map(({ fields: f }) => {
    const afleidingswijze = f.brondatum_archiefprocedure_afleidingswijze as Afleidingswijze;
    return {
      id: f.uuid as string,
      zaaktypeId: ref('zaaktype', f.zaaktype),
      omschrijving: f.omschrijving as string,
      resultaattypeomschrijving: tekst(f.resultaattypeomschrijving),
      omschrijvingGeneriek: tekst(f.omschrijving_generiek),
      selectielijstklasse: tekst(f.selectielijstklasse),
      archiefnominatie: f.archiefnominatie as Archiefnominatie,
      archiefactietermijn: termijn(f.archiefactietermijn),
      afleidingswijze,
      datumkenmerk: tekst(f.brondatum_archiefprocedure_datumkenmerk),
      objecttype: tekst(f.brondatum_archiefprocedure_objecttype),
      // Only afleidingswijze termijn has a procestermijn; the fixture writes P0D for the others.
      procestermijn:
        afleidingswijze === 'termijn' ? termijn(f.brondatum_archiefprocedure_procestermijn) : null,
      toelichting: tekst(f.toelichting),
    };
  });
  const roltypen = van('roltype').map(({ fields: f }) => ({
    id: f.uuid as string,
    zaaktypeId: ref('zaaktype', f.zaaktype),
    omschrijving: f.omschrijving as string,
    omschrijvingGeneriek: f.omschrijving_generiek as RoltypeGeneriek,
  }));
  const specificaties = new Map(van('eigenschapspecificatie').map((r) => [r.pk, r.fields]));
  const eigenschappen = van('eigenschap').map(({ fields: f }) => {
    const spec = specificaties.get(f.specificatie_van_eigenschap as number) ?? {};
    return {
      id: f.uuid as string,
      zaaktypeId: ref('zaaktype', f.zaaktype),
      naam: f.eigenschapnaam as string,
      definitie: tekst(f.definitie),
      formaat: spec.formaat as EigenschapFormaat,
      lengte: Number(spec.lengte),
      waardenverzameling: JSON.parse(tekst(spec.waardenverzameling) || '[]') as string[],
      toelichting: tekst(f.toelichting),
    };
  });
  const documenttypen = van('zaaktypeinformatieobjecttype').map(({ fields: f }) => ({
    zaaktypeId: ref('zaaktype', f.zaaktype),
    informatieobjecttypeId: ref('informatieobjecttype', f.informatieobjecttype),
    volgnummer: f.volgnummer as number,
    richting: f.richting as 'inkomend' | 'intern' | 'uitgaand',
  }));
  const besluitkoppelingen = van('besluittype').flatMap(({ fields: f }) =>
    (f.zaaktypen as number[]).map((pk) => ({
      zaaktypeId: ref('zaaktype', pk),
      besluittypeId: f.uuid as string,
    })),
  );

  await db.insert(zaaktype).values(zaaktypen).onConflictDoNothing();
  await db.insert(informatieobjecttype).values(informatieobjecttypen).onConflictDoNothing();
  await db.insert(besluittype).values(besluittypen).onConflictDoNothing();
  await db.insert(statustype).values(statustypen).onConflictDoNothing();
  await db.insert(resultaattype).values(resultaattypen).onConflictDoNothing();
  await db.insert(roltype).values(roltypen).onConflictDoNothing();
  await db.insert(eigenschap).values(eigenschappen).onConflictDoNothing();
  await db.insert(zaaktypeInformatieobjecttype).values(documenttypen).onConflictDoNothing();
  await db.insert(zaaktypeBesluittype).values(besluitkoppelingen).onConflictDoNothing();
  return zaaktypen.length;
}

/** The reference data of the catalogue: the selectielijst first, then the Open Zaak demo catalogue. */
export async function loadZaaktypenReferentie(db: Queryable): Promise<void> {
  await db.transaction(async (tx) => {
    await loadSelectielijst(tx);
    await importOpenZaakCatalogus(tx);
  });
}
