// npm run bench -- <naam> [opties]; each benchmark prints its figures and, as its last line, one JSON object.
export {};

const benchmarks: Record<string, () => Promise<{ main(args: string[]): Promise<void> }>> = {
  startup: () => import('./startup'),
  desk: () => import('./desk'),
  contactverzoeken: () => import('./contactverzoeken'),
  crash: () => import('./crash'),
  soak: () => import('./soak'),
  fuzz: () => import('./fuzz'),
  zaken: () => import('./zaken'),
  sturing: () => import('./sturing'),
  betrouwbaarheid: () => import('./betrouwbaarheid'),
};

const [naam, ...args] = process.argv.slice(2);
const laad = naam ? benchmarks[naam] : undefined;
if (!laad) {
  console.error(`Gebruik: npm run bench -- <${Object.keys(benchmarks).join('|')}>`);
  process.exit(2);
}
await (await laad()).main(args);
