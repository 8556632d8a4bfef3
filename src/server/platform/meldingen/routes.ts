import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { type AppEnv, actorVan } from '../http/env';
import { nietGevonden } from '../http/problem';
import { fout404, idParams, json, route } from '../http/route';
import { melding } from './schema';

const meldingUit = z
  .object({
    id: z.uuid(),
    tijdstip: z.string(),
    titel: z.string(),
    tekst: z.string(),
    link: z.string().nullable(),
    gelezen: z.boolean(),
  })
  .openapi('Melding');

const lijstRoute = route({
  method: 'get',
  path: '/api/v1/meldingen',
  beleid: 'melding.eigen',
  tags: ['Meldingen'],
  summary: 'Eigen meldingen (nieuwste eerst, de laatste 50)',
  responses: { 200: json(z.object({ items: z.array(meldingUit), ongelezen: z.number().int() })) },
});
const gelezenRoute = route({
  method: 'post',
  path: '/api/v1/meldingen/{id}/gelezen',
  beleid: 'melding.eigen',
  tags: ['Meldingen'],
  summary: 'Melding als gelezen markeren',
  request: { params: idParams },
  responses: { 204: { description: 'Gelezen' }, ...fout404 },
});

export function meldingenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(lijstRoute, async (c) => {
    const { db } = c.get('ctx');
    // Only employees reach this route (no API tokens), so the actor has an id.
    const eigen = eq(melding.medewerkerId, actorVan(c).id as string);
    const rijen = await db.select().from(melding).where(eigen).orderBy(desc(melding.tijdstip)).limit(50);
    const [{ ongelezen }] = await db
      .select({ ongelezen: count() })
      .from(melding)
      .where(and(eigen, isNull(melding.gelezen)));
    const items = rijen.map((m) => ({
      id: m.id,
      tijdstip: m.tijdstip.toISOString(),
      titel: m.titel,
      tekst: m.tekst,
      link: m.link,
      gelezen: Boolean(m.gelezen),
    }));
    return c.json({ items, ongelezen }, 200);
  });
  app.openapi(gelezenRoute, async (c) => {
    const { db, now } = c.get('ctx');
    const actor = actorVan(c);
    const bijgewerkt = await db
      .update(melding)
      .set({ gelezen: now() })
      .where(and(eq(melding.id, c.req.valid('param').id), eq(melding.medewerkerId, actor.id as string)))
      .returning({ id: melding.id });
    if (bijgewerkt.length === 0) throw nietGevonden('Deze melding');
    return c.body(null, 204);
  });
}
