import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type AppEnv, herkomstVan } from '../http/env';
import { nietGevonden } from '../http/problem';
import { route } from '../http/route';
import { finishOidcLogin, OIDC_GELDIG_MINUTEN, startOidcLogin } from './oidc';
import { zetSessieCookie } from './routes';

const tags = ['Sessie'];
/** Binds a login at the identity provider to the browser that started it; only the callback reads it. */
const BROWSER_COOKIE = 'stadspunt_oidc';
const COOKIE_PAD = '/api/v1/oidc';
const doorsturen = { 302: { description: 'Doorgestuurd' } };

const loginRoute = route({
  method: 'get',
  path: '/api/v1/oidc/login',
  beleid: 'oidc.inloggen',
  tags,
  summary: 'Inloggen met het organisatie-account (OpenID Connect)',
  responses: doorsturen,
});
const callbackRoute = route({
  method: 'get',
  path: '/api/v1/oidc/callback',
  beleid: 'oidc.inloggen',
  tags,
  summary: 'Terugkeer van de identity provider',
  responses: doorsturen,
});

function oidcConfig(ctx: AppEnv['Variables']['ctx']) {
  if (!ctx.config.oidc) throw nietGevonden('Inloggen met een organisatie-account');
  return ctx.config.oidc;
}

export function oidcRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(loginRoute, async (c) => {
    const ctx = c.get('ctx');
    const { url, browser } = await startOidcLogin(ctx, oidcConfig(ctx));
    // Lax: the provider sends the browser back with a top-level GET, which carries it.
    setCookie(c, BROWSER_COOKIE, browser, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: ctx.config.baseUrl.startsWith('https:'),
      path: COOKIE_PAD,
      maxAge: OIDC_GELDIG_MINUTEN * 60,
    });
    return c.redirect(url.href, 302);
  });
  app.openapi(callbackRoute, async (c) => {
    const ctx = c.get('ctx');
    const config = oidcConfig(ctx);
    // The URL the provider redirected to, as configured: never trust the Host header.
    const terug = new URL(`${ctx.config.baseUrl}${c.req.path}${new URL(c.req.url).search}`);
    const browser = getCookie(c, BROWSER_COOKIE);
    deleteCookie(c, BROWSER_COOKIE, { path: COOKIE_PAD });
    if (!browser) return c.redirect('/inloggen?fout=oidc', 302);
    try {
      const uitkomst = await finishOidcLogin(ctx, config, terug, browser, herkomstVan(c));
      if (uitkomst.soort === 'onbekend') return c.redirect('/inloggen?fout=onbekend', 302);
      if (uitkomst.soort === 'ongeldig') return c.redirect('/inloggen?fout=oidc', 302);
      zetSessieCookie(c, uitkomst.sessie);
      return c.redirect('/', 302);
    } catch (error) {
      c.get('logger').warn({ err: error }, 'OIDC-login mislukt');
      return c.redirect('/inloggen?fout=oidc', 302);
    }
  });
}
