/** Rows grouped by the key they belong to, in order of appearance; rows without a key are left out. */
export function groepeer<T>(rijen: readonly T[], sleutel: (r: T) => string | null): Map<string, T[]> {
  const uit = new Map<string, T[]>();
  for (const r of rijen) {
    const k = sleutel(r);
    if (!k) continue;
    const groep = uit.get(k);
    if (groep) groep.push(r);
    else uit.set(k, [r]);
  }
  return uit;
}
