/** A seeded pseudo-random generator (mulberry32): demo data and benchmarks are the same on every run. */
export function willekeurig(seed: number) {
  let a = seed >>> 0;
  const volgende = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    getal: volgende,
    geheel: (min: number, max: number) => min + Math.floor(volgende() * (max - min + 1)),
    kies: <T>(lijst: readonly T[]): T => lijst[Math.floor(volgende() * lijst.length)],
  };
}
export type Willekeurig = ReturnType<typeof willekeurig>;
