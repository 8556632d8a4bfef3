import { and, eq, gt, lte } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { accountOpOidc, koppelOidcSubject } from '../../modules/organisatie/operations/aanmelding';
import { audit } from '../audit/audit';
import type { OidcConfig } from '../config';
import type { AppContext } from '../context';
import type { Queryable } from '../db/client';
import { startSessie } from './login';
import { type Herkomst, systeemActor } from './rollen';
import { oidcAanvraag } from './schema';
import { hashToken, nieuwToken } from './tokens';

/** How long a login at the identity provider may take; the browser cookie lives as long. */
export const OIDC_GELDIG_MINUTEN = 10;
const geldigSinds = (nu: Date) => new Date(nu.getTime() - OIDC_GELDIG_MINUTEN * 60_000);
const configuraties = new Map<string, Promise<oidc.Configuration>>();

/** Discovery once per process; plain http only for an identity provider on this machine (tests). */
function configuratie(c: OidcConfig): Promise<oidc.Configuration> {
  const lokaal = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(`${c.issuer}/`);
  const sleutel = `${c.issuer}|${c.clientId}`;
  if (!configuraties.has(sleutel)) {
    const opties = lokaal ? { execute: [oidc.allowInsecureRequests] } : undefined;
    const belofte = oidc.discovery(new URL(c.issuer), c.clientId, c.clientSecret, undefined, opties);
    belofte.catch(() => configuraties.delete(sleutel));
    configuraties.set(sleutel, belofte);
  }
  return configuraties.get(sleutel) as Promise<oidc.Configuration>;
}

export const callbackUrl = (ctx: AppContext) => `${ctx.config.baseUrl}/api/v1/oidc/callback`;

/**
 * Starts a login at the identity provider: state, PKCE and nonce are kept in the database (any
 * instance may get the callback), bound to the browser by the hash of a random value that only
 * that browser gets, in a cookie.
 */
export async function startOidcLogin(ctx: AppContext, c: OidcConfig): Promise<{ url: URL; browser: string }> {
  const config = await configuratie(c);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const browser = nieuwToken();
  await ctx.db
    .insert(oidcAanvraag)
    .values({ state, codeVerifier, nonce, browserHash: hashToken(browser), aangemaakt: ctx.now() });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(ctx),
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, browser };
}

/**
 * Takes the login in progress once, and only for the browser that started it: a callback
 * carrying a state started in another browser (login CSRF) finds nothing and leaves it alone.
 */
async function neemAanvraag(ctx: AppContext, state: string, browser: string) {
  const [rij] = await ctx.db
    .delete(oidcAanvraag)
    .where(
      and(
        eq(oidcAanvraag.state, state),
        eq(oidcAanvraag.browserHash, hashToken(browser)),
        gt(oidcAanvraag.aangemaakt, geldigSinds(ctx.now())),
      ),
    )
    .returning();
  return rij;
}

/** Logins at the identity provider that were never finished; for the cleanup job. */
export async function ruimOidcAanvragenOp(db: Queryable, nu: Date): Promise<number> {
  const weg = await db
    .delete(oidcAanvraag)
    .where(lte(oidcAanvraag.aangemaakt, geldigSinds(nu)))
    .returning({ state: oidcAanvraag.state });
  return weg.length;
}

interface Email {
  adres: string;
  /** The provider vouches that the person controls the address. */
  geverifieerd: boolean;
}

const emailUit = (claims: Record<string, unknown>): Email | undefined =>
  typeof claims.email === 'string'
    ? { adres: claims.email, geverifieerd: claims.email_verified === true }
    : undefined;

/**
 * Providers put the e-mail address and whether it is verified in the ID token or only in
 * userinfo; ask userinfo unless the ID token has a verified address.
 */
async function emailVan(
  config: oidc.Configuration,
  accessToken: string,
  claims: oidc.IDToken,
): Promise<Email | undefined> {
  const uitIdToken = emailUit(claims);
  if (uitIdToken?.geverifieerd) return uitIdToken;
  return emailUit(await oidc.fetchUserInfo(config, accessToken, claims.sub)) ?? uitIdToken;
}

export type OidcUitkomst =
  | { soort: 'ingelogd'; sessie: Awaited<ReturnType<typeof startSessie>> }
  | { soort: 'onbekend' }
  | { soort: 'ongeldig' };

/**
 * Finishes the login: the employee is found by the provider's subject, or at the first login
 * by verified e-mail address, after which the subject is linked to the account. `browser` is
 * the value of the cookie set at the start.
 */
export async function finishOidcLogin(
  ctx: AppContext,
  c: OidcConfig,
  callback: URL,
  browser: string,
  herkomst: Herkomst,
): Promise<OidcUitkomst> {
  const aanvraag = await neemAanvraag(ctx, callback.searchParams.get('state') ?? '', browser);
  if (!aanvraag) return { soort: 'ongeldig' };
  const config = await configuratie(c);
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: aanvraag.codeVerifier,
    expectedState: aanvraag.state,
    expectedNonce: aanvraag.nonce,
  });
  const claims = tokens.claims();
  if (!claims) return { soort: 'ongeldig' };
  const email = await emailVan(config, tokens.access_token, claims);
  const { account: mw, opEmail: gekoppeld } = await accountOpOidc(
    ctx.db,
    claims.sub,
    email?.geverifieerd ? email.adres : undefined,
  );
  if (!mw) {
    await audit(ctx.db, systeemActor(email?.adres ?? claims.sub, herkomst), {
      actie: 'inloggen.oidc-onbekend',
      objectType: 'medewerker',
      details: { emailGeverifieerd: email?.geverifieerd ?? false },
    });
    return { soort: 'onbekend' };
  }
  const sessie = await ctx.db.transaction(async (tx) => {
    if (gekoppeld) {
      await koppelOidcSubject(tx, mw.id, claims.sub);
      await audit(tx, systeemActor(mw.naam, herkomst), {
        actie: 'medewerker.oidc-gekoppeld',
        objectType: 'medewerker',
        objectId: mw.id,
      });
    }
    return startSessie(tx, ctx, mw.id, herkomst);
  });
  return { soort: 'ingelogd', sessie };
}
