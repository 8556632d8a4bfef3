import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { count, desc, eq, or } from 'drizzle-orm';
import { bevat } from '../db/zoek';
import type { AppEnv } from '../http/env';
import { lijstQuery, lijstSchema, offset } from '../http/lijst';
import { nietGevonden } from '../http/problem';
import { fout404, idParams, json, route } from '../http/route';
import { mail } from './schema';

const mailKop = {
  id: z.uuid(),
  aan: z.string(),
  onderwerp: z.string(),
  status: z.enum(['wachtrij', 'bewaard', 'verzonden', 'mislukt']),
  aangemaakt: z.string(),
};
const mailKopUit = z.object(mailKop).openapi('MailKop');
const mailUit = z.object({ ...mailKop, tekst: z.string(), fout: z.string().nullable() }).openapi('Mail');

const mailsRoute = route({
  method: 'get',
  path: '/api/v1/mails',
  beleid: 'mail.lezen',
  tags: ['Beheer'],
  summary: 'Mailbox',
  request: { query: lijstQuery.omit({ sort: true }) },
  responses: { 200: json(lijstSchema(mailKopUit, 'MailLijst')) },
});
const mailRoute = route({
  method: 'get',
  path: '/api/v1/mails/{id}',
  beleid: 'mail.lezen',
  tags: ['Beheer'],
  summary: 'Mail lezen',
  request: { params: idParams },
  responses: { 200: json(mailUit), ...fout404 },
});

export function mailRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(mailsRoute, async (c) => {
    const f = c.req.valid('query');
    const { db } = c.get('ctx');
    const waar = f.q ? or(bevat(mail.aan, f.q), bevat(mail.onderwerp, f.q)) : undefined;
    const kop = {
      id: mail.id,
      aan: mail.aan,
      onderwerp: mail.onderwerp,
      status: mail.status,
      aangemaakt: mail.aangemaakt,
    };
    const [rijen, [{ total }]] = await Promise.all([
      db
        .select(kop)
        .from(mail)
        .where(waar)
        .orderBy(desc(mail.aangemaakt))
        .limit(f.pageSize)
        .offset(offset(f)),
      db.select({ total: count() }).from(mail).where(waar),
    ]);
    const items = rijen.map((r) => ({ ...r, aangemaakt: r.aangemaakt.toISOString() }));
    return c.json({ items, total, page: f.page, pageSize: f.pageSize }, 200);
  });
  app.openapi(mailRoute, async (c) => {
    const [rij] = await c
      .get('ctx')
      .db.select()
      .from(mail)
      .where(eq(mail.id, c.req.valid('param').id));
    if (!rij) throw nietGevonden('Deze mail');
    const { sleutel: _s, verzonden: _v, aangemaakt, ...rest } = rij;
    return c.json({ ...rest, aangemaakt: aangemaakt.toISOString() }, 200);
  });
}
