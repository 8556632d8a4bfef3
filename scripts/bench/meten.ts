/** Small measuring helpers shared by the benchmarks. */
export function percentiel(waarden: number[], p: number): number {
  if (waarden.length === 0) return Number.NaN;
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)];
}

export const rond = (n: number, decimalen = 1) => Math.round(n * 10 ** decimalen) / 10 ** decimalen;

export async function tijd<T>(doe: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const uitkomst = await doe();
  return [performance.now() - start, uitkomst];
}

/** Runs `aantal` calls with `gelijktijdig` workers; returns per-call latencies and the wall time. */
export async function belast(aantal: number, gelijktijdig: number, doe: (i: number) => Promise<unknown>) {
  const latenties: number[] = [];
  let volgende = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: gelijktijdig }, async () => {
      while (volgende < aantal) {
        const i = volgende++;
        const [ms] = await tijd(() => doe(i));
        latenties.push(ms);
      }
    }),
  );
  const seconden = (performance.now() - start) / 1000;
  return {
    latenties,
    perSeconde: aantal / seconden,
    p50: percentiel(latenties, 50),
    p99: percentiel(latenties, 99),
  };
}

export function opties(args: string[]): Record<string, string> {
  const uit: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--'))
      uit[args[i].slice(2)] = args[i + 1]?.startsWith('--') || args[i + 1] === undefined ? 'true' : args[++i];
  }
  return uit;
}
