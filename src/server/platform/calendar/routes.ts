import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { audit } from '../audit/audit';
import type { AppEnv } from '../http/env';
import { actorVan } from '../http/env';
import { nietGevonden, ongeldig } from '../http/problem';
import { body, fout404, fout409, idParams, json, route } from '../http/route';
import { feestdagen } from './holidays';
import { loadKalender } from './kalender';
import { termijnEinde } from './rules';
import { sluitingsdag } from './schema';

const tags = ['Kalender'];
const aantal = z.coerce
  .number({ message: 'Geef een geheel getal.' })
  .int('Geef een geheel getal.')
  .min(0, 'Minimaal 0.')
  .max(3650, 'Maximaal 3650.');
const jaar = z.object({
  jaar: z.coerce.number().int().min(1900, 'Kies een jaar na 1900.').max(2200, 'Kies een jaar voor 2200.'),
});

const termijnQuery = z.object({
  start: z.iso.datetime({
    offset: true,
    message: 'Geef een ISO 8601-tijdstip met tijdzone, zoals 2026-04-23T10:00:00+02:00.',
  }),
  werkdagen: aantal.optional(),
  kalenderdagen: aantal.optional(),
});

const termijnUit = z
  .object({
    einde: z.string().openapi({ example: '2026-04-28' }),
    start: z.string(),
    soort: z.enum(['werkdagen', 'kalenderdagen']),
    aantal: z.number().int(),
    dag0: z.string().optional().openapi({ description: 'Bij werkdagen: de dag vanaf waar geteld wordt' }),
  })
  .openapi('Termijn');

const sluitingsdagUit = z
  .object({ id: z.uuid(), datum: z.string(), omschrijving: z.string() })
  .openapi('Sluitingsdag');
const sluitingsdagInvoer = z
  .strictObject({
    datum: z.iso.date({ message: 'Geef een bestaande datum als 2026-12-24.' }),
    omschrijving: z.string().trim().min(2, 'Vul minstens 2 tekens in.').max(200),
  })
  .openapi('SluitingsdagInvoer');

const termijnRoute = route({
  method: 'get',
  path: '/api/v1/kalender/termijn',
  beleid: 'kalender.termijn',
  tags,
  summary: 'Einde van een termijn in werkdagen of kalenderdagen (Algemene termijnenwet)',
  request: { query: termijnQuery },
  responses: { 200: json(termijnUit) },
});
const feestdagenRoute = route({
  method: 'get',
  path: '/api/v1/kalender/feestdagen',
  beleid: 'kalender.feestdagen',
  tags,
  summary: 'Algemeen erkende feestdagen van een jaar',
  request: { query: jaar },
  responses: { 200: json(z.object({ items: z.array(z.object({ datum: z.string(), naam: z.string() })) })) },
});
const sluitingsdagenRoute = route({
  method: 'get',
  path: '/api/v1/kalender/sluitingsdagen',
  beleid: 'kalender.sluitingsdagen',
  tags,
  summary: 'Sluitingsdagen van de gemeente',
  request: { query: jaar.partial() },
  responses: { 200: json(z.object({ items: z.array(sluitingsdagUit) })) },
});
const maakSluitingsdagRoute = route({
  method: 'post',
  path: '/api/v1/kalender/sluitingsdagen',
  beleid: 'kalender.sluitingsdag-beheren',
  tags,
  summary: 'Sluitingsdag toevoegen',
  request: body(sluitingsdagInvoer),
  responses: { 201: json(sluitingsdagUit, 'Toegevoegd'), ...fout409 },
});
const verwijderSluitingsdagRoute = route({
  method: 'delete',
  path: '/api/v1/kalender/sluitingsdagen/{id}',
  beleid: 'kalender.sluitingsdag-beheren',
  tags,
  summary: 'Sluitingsdag verwijderen',
  request: { params: idParams },
  responses: { 204: { description: 'Verwijderd' }, ...fout404 },
});

function eenTermijn(q: z.infer<typeof termijnQuery>) {
  const melding = 'Geef precies één van werkdagen of kalenderdagen.';
  if (q.werkdagen !== undefined && q.kalenderdagen !== undefined) {
    throw ongeldig([
      { veld: 'werkdagen', melding },
      { veld: 'kalenderdagen', melding },
    ]);
  }
  if (q.werkdagen !== undefined) return { soort: 'werkdagen', aantal: q.werkdagen } as const;
  if (q.kalenderdagen !== undefined) return { soort: 'kalenderdagen', aantal: q.kalenderdagen } as const;
  throw ongeldig([{ veld: 'werkdagen', melding }]);
}

export function kalenderRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(termijnRoute, async (c) => {
    const q = c.req.valid('query');
    const { soort, aantal: n } = eenTermijn(q);
    const kalender = await loadKalender(c.get('ctx').db);
    const termijn = soort === 'werkdagen' ? { werkdagen: n } : { kalenderdagen: n };
    const uitkomst = termijnEinde(new Date(q.start), termijn, kalender);
    return c.json({ ...uitkomst, start: q.start, soort, aantal: n }, 200);
  });
  app.openapi(feestdagenRoute, (c) => c.json({ items: feestdagen(c.req.valid('query').jaar) }, 200));
  app.openapi(sluitingsdagenRoute, async (c) => {
    const { jaar: j } = c.req.valid('query');
    const waar = j
      ? and(gte(sluitingsdag.datum, `${j}-01-01`), lte(sluitingsdag.datum, `${j}-12-31`))
      : undefined;
    const items = await c
      .get('ctx')
      .db.select({ id: sluitingsdag.id, datum: sluitingsdag.datum, omschrijving: sluitingsdag.omschrijving })
      .from(sluitingsdag)
      .where(waar)
      .orderBy(asc(sluitingsdag.datum));
    return c.json({ items }, 200);
  });
  app.openapi(maakSluitingsdagRoute, async (c) => {
    const invoer = c.req.valid('json');
    const actor = actorVan(c);
    const rij = await c.get('ctx').db.transaction(async (tx) => {
      const [nieuw] = await tx.insert(sluitingsdag).values(invoer).returning();
      await audit(tx, actor, {
        actie: 'sluitingsdag.toegevoegd',
        objectType: 'sluitingsdag',
        objectId: nieuw.id,
        details: invoer,
      });
      return nieuw;
    });
    return c.json({ id: rij.id, datum: rij.datum, omschrijving: rij.omschrijving }, 201);
  });
  app.openapi(verwijderSluitingsdagRoute, async (c) => {
    const { id } = c.req.valid('param');
    const actor = actorVan(c);
    await c.get('ctx').db.transaction(async (tx) => {
      const [weg] = await tx.delete(sluitingsdag).where(eq(sluitingsdag.id, id)).returning();
      if (!weg) throw nietGevonden('Deze sluitingsdag');
      await audit(tx, actor, {
        actie: 'sluitingsdag.verwijderd',
        objectType: 'sluitingsdag',
        objectId: id,
        details: { datum: weg.datum, omschrijving: weg.omschrijving },
      });
    });
    return c.body(null, 204);
  });
}
