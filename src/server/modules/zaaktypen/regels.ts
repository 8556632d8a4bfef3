import { DateTime, Duration } from 'luxon';
import type { VeldFout } from '../../platform/http/problem';
import type { Afleidingswijze } from './waarden';

const langer = (a: string, b: string) => Duration.fromISO(a).toMillis() > Duration.fromISO(b).toMillis();

/** The rules between the fields of a zaaktype: verlenging needs its termijn, the promise fits the limit. */
export function zaaktypeFouten(zt: {
  doorlooptijd: string;
  servicenorm?: string | null;
  verlengingMogelijk?: boolean;
  verlengingstermijn?: string | null;
}): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (zt.verlengingMogelijk && !zt.verlengingstermijn)
    fouten.push({
      veld: 'verlengingstermijn',
      melding: 'Vul de verlengingstermijn in: verlenging is toegestaan.',
    });
  if (!zt.verlengingMogelijk && zt.verlengingstermijn)
    fouten.push({
      veld: 'verlengingstermijn',
      melding: 'Laat de verlengingstermijn leeg als verlenging niet mag.',
    });
  if (zt.servicenorm && langer(zt.servicenorm, zt.doorlooptijd))
    fouten.push({ veld: 'servicenorm', melding: 'De servicenorm mag niet langer zijn dan de doorlooptijd.' });
  return fouten;
}

/** A status the initiator hears about needs the text they will read. */
export function statustypeFouten(items: { statustekst?: string; informeren?: boolean }[]): VeldFout[] {
  return items.flatMap((s, i) =>
    s.informeren && !s.statustekst
      ? [
          {
            veld: `items.${i}.statustekst`,
            melding: 'Vul de statustekst in: die krijgt de initiator te lezen.',
          },
        ]
      : [],
  );
}

/** What each afleidingswijze of the brondatum needs, as the Catalogi API requires it. */
const brondatumVelden: Record<Afleidingswijze, readonly ('datumkenmerk' | 'objecttype' | 'procestermijn')[]> =
  {
    afgehandeld: [],
    hoofdzaak: [],
    gerelateerde_zaak: [],
    ingangsdatum_besluit: [],
    vervaldatum_besluit: [],
    termijn: ['procestermijn'],
    eigenschap: ['datumkenmerk'],
    zaakobject: ['datumkenmerk', 'objecttype'],
    ander_datumkenmerk: ['datumkenmerk', 'objecttype'],
  };
const veldNaam = {
  datumkenmerk: 'het datumkenmerk',
  objecttype: 'het objecttype',
  procestermijn: 'de procestermijn',
};

interface ResultaattypeRegel {
  archiefnominatie: string;
  archiefactietermijn?: string | null;
  afleidingswijze?: Afleidingswijze;
  datumkenmerk?: string;
  objecttype?: string;
  procestermijn?: string | null;
}

/** Archiefactietermijn for what is destroyed; the brondatum fields its afleidingswijze needs, and no others. */
export function resultaattypeFouten(items: ResultaattypeRegel[]): VeldFout[] {
  return items.flatMap((r, i) => {
    const fouten: VeldFout[] = [];
    if (r.archiefnominatie === 'vernietigen' && !r.archiefactietermijn)
      fouten.push({
        veld: `items.${i}.archiefactietermijn`,
        melding: 'Vul de archiefactietermijn in: na die termijn wordt de zaak vernietigd.',
      });
    const wijze = r.afleidingswijze ?? 'afgehandeld';
    const nodig = brondatumVelden[wijze];
    for (const veld of ['datumkenmerk', 'objecttype', 'procestermijn'] as const) {
      if (nodig.includes(veld) && !r[veld])
        fouten.push({
          veld: `items.${i}.${veld}`,
          melding: `Vul ${veldNaam[veld]} in voor afleidingswijze ${wijze}.`,
        });
      if (!nodig.includes(veld) && r[veld])
        fouten.push({
          veld: `items.${i}.${veld}`,
          melding: `Laat ${veldNaam[veld]} leeg bij afleidingswijze ${wijze}.`,
        });
    }
    return fouten;
  });
}

/** Names of eigenschappen are unique within a zaaktype (any case). */
export function eigenschapFouten(items: { naam: string }[]): VeldFout[] {
  const gezien = new Set<string>();
  return items.flatMap((e, i) => {
    const sleutel = e.naam.toLowerCase();
    if (!gezien.has(sleutel)) {
      gezien.add(sleutel);
      return [];
    }
    return [{ veld: `items.${i}.naam`, melding: `Er is al een eigenschap ${e.naam}.` }];
  });
}

interface Publicatie {
  statustypen: unknown[];
  resultaattypen: { selectielijstklasse: string; afleidingswijze: string; datumkenmerk: string }[];
  roltypen: unknown[];
  eigenschappen: { naam: string }[];
}

/** What a version needs before it is published; each missing rule is a field error. */
export function publicatieFouten(zt: Publicatie): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (zt.statustypen.length < 2)
    fouten.push({
      veld: 'statustypen',
      melding: 'Een zaaktype heeft minstens 2 statustypen: een begin en een eind.',
    });
  if (!zt.resultaattypen.some((r) => r.selectielijstklasse))
    fouten.push({
      veld: 'resultaattypen',
      melding: 'Een zaaktype heeft minstens 1 resultaattype met een selectielijstklasse.',
    });
  if (zt.roltypen.length < 1)
    fouten.push({ veld: 'roltypen', melding: 'Een zaaktype heeft minstens 1 roltype.' });
  const eigenschappen = new Set(zt.eigenschappen.map((e) => e.naam));
  zt.resultaattypen.forEach((r, i) => {
    if (r.afleidingswijze === 'eigenschap' && !eigenschappen.has(r.datumkenmerk))
      fouten.push({
        veld: `resultaattypen.${i}.datumkenmerk`,
        melding: `De eigenschap ${r.datumkenmerk} bestaat niet bij dit zaaktype.`,
      });
  });
  return fouten;
}

/** The day before a date (YYYY-MM-DD): where the previous version's geldigheid ends. */
export const dagErvoor = (datum: string): string =>
  DateTime.fromISO(datum, { zone: 'utc' }).minus({ days: 1 }).toISODate() as string;

/** The day after a date (YYYY-MM-DD). */
export const dagErna = (datum: string): string =>
  DateTime.fromISO(datum, { zone: 'utc' }).plus({ days: 1 }).toISODate() as string;

/** A new version begins after the previous one began, so that their geldigheid periods do not overlap. */
export function geldigheidFout(begin: string, vorigeBegin: string | undefined): VeldFout[] {
  return vorigeBegin !== undefined && begin <= vorigeBegin
    ? [
        {
          veld: 'beginGeldigheid',
          melding: `Een nieuwe versie begint na de vorige (die begon op ${vorigeBegin}).`,
        },
      ]
    : [];
}
