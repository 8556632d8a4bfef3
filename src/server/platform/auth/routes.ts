import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { accountVan } from '../../modules/organisatie/operations/aanmelding';
import { getMedewerker } from '../../modules/organisatie/operations/medewerker-lezen';
import { rol, wachtwoord } from '../../modules/organisatie/schemas';
import { type AppEnv, actorVan, herkomstVan } from '../http/env';
import { body, fout429, json, route } from '../http/route';
import { SESSIE_COOKIE } from './authenticate';
import { login, type NieuweSessie } from './login';
import { sessie } from './schema';
import { uitloggen, uitloggenOveral } from './sessies';
import { changeWachtwoord } from './wachtwoord';

const tags = ['Sessie'];
const sessieUit = z
  .object({
    medewerker: z.object({
      id: z.uuid(),
      naam: z.string(),
      gebruikersnaam: z.string(),
      email: z.string(),
      rollen: z.array(rol),
      teams: z.array(z.object({ id: z.uuid(), naam: z.string() })),
    }),
    csrfToken: z.string(),
    wachtwoordWijzigen: z.boolean(),
  })
  .openapi('Sessie');

const inloggenRoute = route({
  method: 'post',
  path: '/api/v1/sessie',
  beleid: 'sessie.inloggen',
  tags,
  summary: 'Inloggen',
  request: body(
    z.strictObject({
      gebruikersnaam: z.string().min(1, 'Vul uw gebruikersnaam in.').max(100),
      wachtwoord: z.string().min(1, 'Vul uw wachtwoord in.').max(200),
    }),
  ),
  responses: { 200: json(sessieUit), ...fout429 },
});
const huidigeRoute = route({
  method: 'get',
  path: '/api/v1/sessie',
  beleid: 'sessie.lezen',
  tags,
  summary: 'Huidige sessie',
  responses: { 200: json(sessieUit) },
});
const uitloggenRoute = route({
  method: 'delete',
  path: '/api/v1/sessie',
  beleid: 'sessie.uitloggen',
  tags,
  summary: 'Uitloggen',
  responses: { 204: { description: 'Uitgelogd' } },
});
const overalUitloggenRoute = route({
  method: 'delete',
  path: '/api/v1/sessie/alle',
  beleid: 'sessie.overal-uitloggen',
  tags,
  summary: 'Overal uitloggen',
  description: 'Beëindigt alle sessies van de ingelogde medewerker, op elk apparaat, ook deze.',
  responses: { 204: { description: 'Overal uitgelogd' } },
});
const optiesRoute = route({
  method: 'get',
  path: '/api/v1/sessie/opties',
  beleid: 'sessie.opties',
  tags,
  summary: 'Inlogmogelijkheden',
  responses: { 200: json(z.object({ oidc: z.boolean() })) },
});
const wachtwoordRoute = route({
  method: 'put',
  path: '/api/v1/sessie/wachtwoord',
  beleid: 'sessie.wachtwoord',
  tags,
  summary: 'Eigen wachtwoord wijzigen',
  description: 'Beëindigt ook alle andere sessies van de medewerker; deze sessie blijft.',
  request: body(
    z.strictObject({ huidig: z.string().min(1, 'Vul uw huidige wachtwoord in.'), nieuw: wachtwoord }),
  ),
  responses: { 204: { description: 'Gewijzigd' } },
});

export function zetSessieCookie(c: Context<AppEnv>, s: NieuweSessie): void {
  setCookie(c, SESSIE_COOKIE, s.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('ctx').config.baseUrl.startsWith('https:'),
    path: '/',
    expires: s.verloopt,
  });
}

async function sessieAntwoord(c: Context<AppEnv>, medewerkerId: string, csrfToken: string) {
  const { db } = c.get('ctx');
  const mw = await getMedewerker(db, medewerkerId);
  const account = await accountVan(db, medewerkerId);
  const { actief: _a, versie: _v, ...medewerker } = mw;
  return { medewerker, csrfToken, wachtwoordWijzigen: account?.wachtwoordTijdelijk ?? false };
}

export function sessieRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(inloggenRoute, async (c) => {
    const { gebruikersnaam, wachtwoord } = c.req.valid('json');
    const s = await login(c.get('ctx'), gebruikersnaam, wachtwoord, herkomstVan(c));
    zetSessieCookie(c, s);
    return c.json(await sessieAntwoord(c, s.actor.id as string, s.csrfToken), 200);
  });
  app.openapi(huidigeRoute, async (c) => {
    const actor = actorVan(c);
    const [rij] = await c
      .get('ctx')
      .db.select()
      .from(sessie)
      .where(eq(sessie.tokenHash, c.get('sessieTokenHash') ?? ''));
    return c.json(await sessieAntwoord(c, actor.id as string, rij?.csrfToken ?? ''), 200);
  });
  app.openapi(uitloggenRoute, async (c) => {
    await uitloggen(c.get('ctx'), actorVan(c), c.get('sessieTokenHash') ?? '');
    deleteCookie(c, SESSIE_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  app.openapi(overalUitloggenRoute, async (c) => {
    await uitloggenOveral(c.get('ctx'), actorVan(c));
    deleteCookie(c, SESSIE_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  app.openapi(optiesRoute, (c) => c.json({ oidc: Boolean(c.get('ctx').config.oidc) }, 200));
  app.openapi(wachtwoordRoute, async (c) => {
    const { huidig, nieuw } = c.req.valid('json');
    await changeWachtwoord(c.get('ctx'), actorVan(c), huidig, nieuw, c.get('sessieTokenHash'));
    return c.body(null, 204);
  });
}
