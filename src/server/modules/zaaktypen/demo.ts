import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/rollen';
import type { AppContext } from '../../platform/context';
import { productenMetUplNaam } from '../catalogus/producten';
import { alleTeams } from '../organisatie/operations/team-lezen';
import { createZaaktype } from './operations/create-zaaktype';
import { publiceerZaaktype } from './operations/publiceer-zaaktype';
import { zetEigenschappen } from './operations/zet-eigenschappen';
import { zetResultaattypen } from './operations/zet-resultaattypen';
import { zetRoltypen } from './operations/zet-roltypen';
import { zetStatustypen } from './operations/zet-statustypen';
import { selectielijstProcestype, selectielijstResultaat } from './schema';
import type { OnderdeelInvoer, StatustypeInvoer, ZaaktypeInvoer } from './schemas';

type Resultaat = Pick<
  OnderdeelInvoer<'resultaattypen'>['items'][number],
  'afleidingswijze' | 'datumkenmerk'
> & {
  omschrijving: string;
  /** The volledigNummer of the class in the VNG Selectielijst 2017; archiefnominatie and termijn follow it. */
  klasse: string;
};

interface DemoZaaktype extends Omit<ZaaktypeInvoer, 'teamId' | 'productIds' | 'selectielijstProcestype'> {
  team: string;
  upl: string[];
  /** The nummer of the procestype in the VNG Selectielijst 2017. */
  procestype: number;
  statustypen: StatustypeInvoer[];
  resultaattypen: Resultaat[];
  eigenschappen: OnderdeelInvoer<'eigenschappen'>['items'];
}

const gemeld = (tekst: string): Pick<StatustypeInvoer, 'statustekst' | 'informeren'> => ({
  statustekst: tekst,
  informeren: true,
});

/** The zaaktypen of Gemeente Voorbeeldstad, with the legal terms of their laws. */
const zaaktypen: DemoZaaktype[] = [
  {
    identificatie: 'parkeervergunning',
    omschrijving: 'Parkeervergunning bewoners',
    doel: 'Een bewoner van een gebied met betaald parkeren een vergunning geven om bij huis te parkeren.',
    aanleiding: 'Aanvraag van een bewoner (Parkeerverordening, beslistermijn Awb art. 4:13).',
    doorlooptijd: 'P8W',
    servicenorm: 'P2W',
    opschortingMogelijk: true,
    vertrouwelijkheid: 'zaakvertrouwelijk',
    team: 'Vergunningen',
    upl: ['parkeervergunning'],
    procestype: 5,
    statustypen: [
      {
        omschrijving: 'Aanvraag ontvangen',
        ...gemeld(
          'We hebben uw aanvraag voor een parkeervergunning ontvangen. U hoort binnen 2 weken van ons.',
        ),
      },
      { omschrijving: 'In behandeling' },
      {
        omschrijving: 'Besluit verzonden',
        ...gemeld('Er is een besluit over uw parkeervergunning. U vindt het in Mijn Voorbeeldstad.'),
      },
    ],
    resultaattypen: [
      { omschrijving: 'Verleend', klasse: '5.1.1' },
      { omschrijving: 'Geweigerd', klasse: '5.3' },
      { omschrijving: 'Ingetrokken door aanvrager', klasse: '5.4' },
    ],
    eigenschappen: [
      { naam: 'Kenteken', formaat: 'tekst', lengte: 8 },
      {
        naam: 'Vergunningzone',
        formaat: 'tekst',
        lengte: 40,
        waardenverzameling: ['A Centrum', 'B Schil', 'C Buitenwijken'],
      },
    ],
  },
  {
    identificatie: 'bezwaar-woz',
    omschrijving: 'Bezwaar WOZ-beschikking',
    doel: 'Beslissen op een bezwaar tegen de WOZ-waarde van een woning of pand.',
    aanleiding:
      'Bezwaarschrift van de belanghebbende (Wet WOZ art. 26a, Awb art. 7:10: 6 weken, verdaging 6 weken).',
    doorlooptijd: 'P6W',
    servicenorm: 'P4W',
    opschortingMogelijk: true,
    verlengingMogelijk: true,
    verlengingstermijn: 'P6W',
    vertrouwelijkheid: 'zaakvertrouwelijk',
    team: 'Belastingen',
    upl: ['woz-beschikking', 'belastingaanslag bezwaar'],
    procestype: 6,
    statustypen: [
      {
        omschrijving: 'Bezwaar ontvangen',
        ...gemeld(
          'We hebben uw bezwaar tegen de WOZ-beschikking ontvangen. We beslissen binnen 6 weken; hebben we langer nodig, dan hoort u dat.',
        ),
      },
      { omschrijving: 'Taxatie beoordeeld' },
      { omschrijving: 'Hoorzitting gehouden' },
      {
        omschrijving: 'Uitspraak gedaan',
        ...gemeld('Er is een uitspraak op uw bezwaar. U vindt die in Mijn Voorbeeldstad.'),
      },
    ],
    resultaattypen: [
      { omschrijving: 'Gegrond', klasse: '6.1.1' },
      { omschrijving: 'Ongegrond', klasse: '6.2' },
      { omschrijving: 'Ingetrokken', klasse: '6.3' },
    ],
    eigenschappen: [
      { naam: 'WOZ-objectnummer', formaat: 'tekst', lengte: 12 },
      { naam: 'Belastingjaar', formaat: 'getal', lengte: 4 },
      {
        naam: 'Gevraagde waarde',
        formaat: 'getal',
        lengte: 10,
        definitie: 'De WOZ-waarde die de indiener redelijk vindt, in euro',
      },
    ],
  },
  {
    identificatie: 'evenementenvergunning',
    omschrijving: 'Evenementenvergunning',
    doel: 'Toestemming geven voor een evenement op de openbare weg of in een gebouw.',
    aanleiding: 'Aanvraag van de organisator, uiterlijk 8 weken voor het evenement (APV art. 2:25).',
    doorlooptijd: 'P8W',
    servicenorm: 'P6W',
    opschortingMogelijk: true,
    verlengingMogelijk: true,
    verlengingstermijn: 'P6W',
    vertrouwelijkheid: 'openbaar',
    team: 'Vergunningen',
    upl: ['evenementenvergunning'],
    procestype: 5,
    statustypen: [
      {
        omschrijving: 'Aanvraag ontvangen',
        ...gemeld('We hebben uw aanvraag voor een evenementenvergunning ontvangen.'),
      },
      {
        omschrijving: 'Advies hulpdiensten gevraagd',
        ...gemeld('We vragen politie, brandweer en GHOR om advies over uw evenement.'),
      },
      {
        omschrijving: 'Besluit genomen',
        ...gemeld('Er is een besluit over uw evenementenvergunning. U vindt het in Mijn Voorbeeldstad.'),
      },
      { omschrijving: 'Afgehandeld' },
    ],
    resultaattypen: [
      {
        omschrijving: 'Verleend',
        klasse: '5.1',
        afleidingswijze: 'eigenschap',
        datumkenmerk: 'Datum evenement',
      },
      { omschrijving: 'Geweigerd', klasse: '5.3' },
      { omschrijving: 'Ingetrokken door aanvrager', klasse: '5.4' },
    ],
    eigenschappen: [
      { naam: 'Datum evenement', formaat: 'datum', lengte: 8 },
      { naam: 'Verwachte bezoekers', formaat: 'getal', lengte: 6 },
      { naam: 'Locatie', formaat: 'tekst', lengte: 200 },
    ],
  },
  {
    identificatie: 'melding-openbare-ruimte',
    omschrijving: 'Melding openbare ruimte',
    doel: 'Een melding over straat, groen, verlichting of zwerfafval oplossen.',
    aanleiding: 'Melding van een inwoner of ondernemer.',
    doorlooptijd: 'P3W',
    servicenorm: 'P5D',
    vertrouwelijkheid: 'openbaar',
    team: 'Openbare Ruimte',
    upl: [
      'melding openbare ruimte (algemeen)',
      'melding openbare ruimte (groenvoorziening)',
      'melding openbare ruimte (straatmeubilair)',
      'melding openbare ruimte (straatverlichting)',
    ],
    procestype: 6,
    statustypen: [
      {
        omschrijving: 'Melding ontvangen',
        ...gemeld('Bedankt voor uw melding. We pakken die binnen 5 dagen op.'),
      },
      { omschrijving: 'Ingepland' },
      { omschrijving: 'Afgehandeld', ...gemeld('Uw melding is afgehandeld. Dank u wel voor het doorgeven.') },
    ],
    resultaattypen: [
      { omschrijving: 'Opgelost', klasse: '6.1' },
      { omschrijving: 'Niet opgelost', klasse: '6.2' },
    ],
    eigenschappen: [
      {
        naam: 'Categorie',
        formaat: 'tekst',
        lengte: 40,
        waardenverzameling: ['Bestrating', 'Groen', 'Straatmeubilair', 'Straatverlichting', 'Zwerfafval'],
      },
      { naam: 'Locatie', formaat: 'tekst', lengte: 200 },
    ],
  },
  {
    identificatie: 'kwijtschelding',
    omschrijving: 'Kwijtschelding gemeentelijke belastingen',
    doel: 'Beslissen of een inwoner met een laag inkomen de gemeentelijke belastingen niet hoeft te betalen.',
    aanleiding: 'Verzoek om kwijtschelding (Invorderingswet 1990 art. 26, Leidraad invordering: 8 weken).',
    doorlooptijd: 'P8W',
    servicenorm: 'P4W',
    opschortingMogelijk: true,
    vertrouwelijkheid: 'vertrouwelijk',
    team: 'Belastingen',
    upl: ['belastingkwijtschelding'],
    procestype: 6,
    statustypen: [
      {
        omschrijving: 'Verzoek ontvangen',
        ...gemeld('We hebben uw verzoek om kwijtschelding ontvangen. U hoort binnen 8 weken van ons.'),
      },
      { omschrijving: 'Betalingscapaciteit berekend' },
      {
        omschrijving: 'Besluit verzonden',
        ...gemeld('Er is een besluit over uw verzoek om kwijtschelding. U vindt het in Mijn Voorbeeldstad.'),
      },
    ],
    resultaattypen: [
      { omschrijving: 'Toegekend', klasse: '6.1.1' },
      { omschrijving: 'Afgewezen', klasse: '6.2' },
      { omschrijving: 'Ingetrokken', klasse: '6.3' },
    ],
    eigenschappen: [
      { naam: 'Belastingjaar', formaat: 'getal', lengte: 4 },
      { naam: 'Aanslagnummer', formaat: 'tekst', lengte: 20 },
    ],
  },
  {
    identificatie: 'huwelijk-partnerschap',
    omschrijving: 'Huwelijk of geregistreerd partnerschap',
    doel: 'Een huwelijk of geregistreerd partnerschap voorbereiden en voltrekken.',
    aanleiding:
      'Melding voorgenomen huwelijk of partnerschap, minstens 2 weken en hoogstens 1 jaar vooraf (BW 1:44).',
    doorlooptijd: 'P1Y',
    servicenorm: 'P2W',
    vertrouwelijkheid: 'zaakvertrouwelijk',
    team: 'Burgerzaken',
    upl: ['huwelijksaangifte', 'geregistreerd partnerschapaangifte', 'huwelijk'],
    procestype: 7,
    statustypen: [
      {
        omschrijving: 'Melding ontvangen',
        ...gemeld('We hebben uw melding van een voorgenomen huwelijk of partnerschap ontvangen.'),
      },
      { omschrijving: 'Documenten gecontroleerd' },
      {
        omschrijving: 'Datum en trouwambtenaar bevestigd',
        ...gemeld(
          'De datum, de locatie en uw trouwambtenaar staan vast. U krijgt de bevestiging per e-mail.',
        ),
      },
      {
        omschrijving: 'Voltrokken',
        ...gemeld('Gefeliciteerd! De akte is opgemaakt; u kunt een uittreksel aanvragen.'),
      },
    ],
    resultaattypen: [
      { omschrijving: 'Voltrokken', klasse: '7.1.5' },
      { omschrijving: 'Niet doorgegaan', klasse: '7.3' },
    ],
    eigenschappen: [
      {
        naam: 'Soort',
        formaat: 'tekst',
        lengte: 30,
        waardenverzameling: ['huwelijk', 'geregistreerd partnerschap'],
      },
      { naam: 'Datum voltrekking', formaat: 'datum', lengte: 8 },
    ],
  },
  {
    identificatie: 'wmo-melding',
    omschrijving: 'Wmo-melding',
    doel: 'Samen met de inwoner onderzoeken welke ondersteuning nodig is om zelfstandig te blijven wonen.',
    aanleiding: 'Melding van een hulpvraag (Wmo 2015 art. 2.3.2: onderzoek binnen 6 weken).',
    doorlooptijd: 'P6W',
    servicenorm: 'P4W',
    opschortingMogelijk: true,
    vertrouwelijkheid: 'vertrouwelijk',
    team: 'Zorg (Wmo)',
    upl: ['wmo-voorziening'],
    procestype: 8,
    statustypen: [
      {
        omschrijving: 'Melding ontvangen',
        ...gemeld(
          'We hebben uw hulpvraag ontvangen. Een consulent belt u binnen een week voor een afspraak.',
        ),
      },
      {
        omschrijving: 'Keukentafelgesprek gepland',
        ...gemeld('Uw gesprek met de Wmo-consulent is gepland. U krijgt de afspraak per brief.'),
      },
      {
        omschrijving: 'Onderzoeksverslag verstuurd',
        ...gemeld('U hebt het verslag van het onderzoek ontvangen. Klopt het, dan kunt u een aanvraag doen.'),
      },
      { omschrijving: 'Afgehandeld' },
    ],
    resultaattypen: [
      { omschrijving: 'Voorziening toegekend', klasse: '8.1.1' },
      { omschrijving: 'Geen voorziening nodig', klasse: '6.2' },
    ],
    eigenschappen: [
      {
        naam: 'Soort ondersteuning',
        formaat: 'tekst',
        lengte: 40,
        waardenverzameling: [
          'Begeleiding',
          'Huishoudelijke hulp',
          'Hulpmiddel',
          'Vervoer',
          'Woningaanpassing',
        ],
      },
    ],
  },
];

const roltypen: OnderdeelInvoer<'roltypen'>['items'] = [
  { omschrijving: 'Initiator', omschrijvingGeneriek: 'initiator' },
  { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' },
];

/** Published since the start of 2025, so that zaken of the demo year have a valid version. */
const BEGIN = '2025-01-01';

export async function seedZaaktypen(ctx: AppContext, actor: Actor): Promise<void> {
  const teams = new Map((await alleTeams(ctx.db)).map((t) => [t.naam, t.id]));
  const klassen = new Map(
    (await ctx.db.select().from(selectielijstResultaat)).map((k) => [k.volledigNummer, k]),
  );
  for (const { team, upl, procestype, statustypen, resultaattypen, eigenschappen, ...velden } of zaaktypen) {
    const [proces] = await ctx.db
      .select({ url: selectielijstProcestype.url })
      .from(selectielijstProcestype)
      .where(and(eq(selectielijstProcestype.jaar, 2017), eq(selectielijstProcestype.nummer, procestype)));
    let zt = await createZaaktype(ctx, actor, {
      ...velden,
      beginGeldigheid: BEGIN,
      teamId: teams.get(team),
      productIds: (await productenMetUplNaam(ctx.db, upl)).map((p) => p.id),
      selectielijstProcestype: proces.url,
    });
    zt = await zetStatustypen(ctx, actor, zt.id, { versie: zt.versie, items: statustypen });
    zt = await zetResultaattypen(ctx, actor, zt.id, {
      versie: zt.versie,
      items: resultaattypen.map(({ klasse, ...r }) => {
        const k = klassen.get(klasse);
        if (!k) throw new Error(`selectielijstklasse ${klasse} ontbreekt`);
        return {
          ...r,
          selectielijstklasse: k.url,
          archiefnominatie: k.waardering,
          archiefactietermijn: k.bewaartermijn,
        };
      }),
    });
    zt = await zetRoltypen(ctx, actor, zt.id, { versie: zt.versie, items: roltypen });
    zt = await zetEigenschappen(ctx, actor, zt.id, { versie: zt.versie, items: eigenschappen });
    await publiceerZaaktype(ctx, actor, zt.id, zt.versie);
  }
}
