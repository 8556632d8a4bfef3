const eenheden: [string, string, string][] = [
  ['Y', 'jaar', 'jaar'],
  ['M', 'maand', 'maanden'],
  ['W', 'week', 'weken'],
  ['D', 'dag', 'dagen'],
];

/** An ISO 8601 duration of the catalogue as the Dutch say it: P6W "6 weken", P1Y6M "1 jaar en 6 maanden". */
export function duurTekst(duur: string | null | undefined): string {
  if (!duur) return '–';
  const datum = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duur);
  if (!datum) return duur;
  const delen = eenheden.flatMap(([, enkel, meer], i) => {
    const n = Number(datum[i + 1] ?? 0);
    return n ? [`${n} ${n === 1 ? enkel : meer}`] : [];
  });
  return delen.length ? delen.join(' en ').replace(/ en (?=.* en )/g, ', ') : duur;
}
