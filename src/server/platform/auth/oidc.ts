import { and, eq, gt, sql } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { medewerker } from '../../modules/organisatie/schema';
import { audit } from '../audit/audit';
import type { OidcConfig } from '../config';
import type { AppContext } from '../context';
import { startSessie } from './login';
import { type Herkomst, systeemActor } from './rollen';
import { oidcAanvraag } from './schema';

const GELDIG_MINUTEN = 10;
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

/** Starts a login at the identity provider: state, PKCE and nonce are kept in the database (any instance may get the callback). */
export async function startOidcLogin(ctx: AppContext, c: OidcConfig): Promise<URL> {
  const config = await configuratie(c);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await ctx.db
    .insert(oidcAanvraag)
    .values({ state, codeVerifier, nonce, browserHash: '', aangemaakt: ctx.now() });
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(ctx),
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
}

async function neemAanvraag(ctx: AppContext, state: string) {
  const sinds = new Date(ctx.now().getTime() - GELDIG_MINUTEN * 60_000);
  const [rij] = await ctx.db
    .delete(oidcAanvraag)
    .where(and(eq(oidcAanvraag.state, state), gt(oidcAanvraag.aangemaakt, sinds)))
    .returning();
  return rij;
}

async function vindMedewerker(ctx: AppContext, subject: string, email: string | undefined) {
  const actief = eq(medewerker.actief, true);
  const [opSubject] = await ctx.db
    .select()
    .from(medewerker)
    .where(and(actief, eq(medewerker.oidcSubject, subject)));
  if (opSubject || !email) return { mw: opSubject, gekoppeld: false };
  const [opEmail] = await ctx.db
    .select()
    .from(medewerker)
    .where(
      and(actief, sql`lower(${medewerker.email}) = lower(${email})`, sql`${medewerker.oidcSubject} is null`),
    );
  return { mw: opEmail, gekoppeld: Boolean(opEmail) };
}

/** Providers put the e-mail address in the ID token or only in userinfo; ask userinfo when needed. */
async function emailVan(
  config: oidc.Configuration,
  accessToken: string,
  claims: oidc.IDToken,
): Promise<string | undefined> {
  if (typeof claims.email === 'string') return claims.email;
  const info = await oidc.fetchUserInfo(config, accessToken, claims.sub);
  return typeof info.email === 'string' ? info.email : undefined;
}

export type OidcUitkomst =
  | { soort: 'ingelogd'; sessie: Awaited<ReturnType<typeof startSessie>> }
  | { soort: 'onbekend' }
  | { soort: 'ongeldig' };

/**
 * Finishes the login: the employee is found by the provider's subject, or at the first login
 * by e-mail address, after which the subject is linked to the account.
 */
export async function finishOidcLogin(
  ctx: AppContext,
  c: OidcConfig,
  callback: URL,
  herkomst: Herkomst,
): Promise<OidcUitkomst> {
  const aanvraag = await neemAanvraag(ctx, callback.searchParams.get('state') ?? '');
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
  const { mw, gekoppeld } = await vindMedewerker(ctx, claims.sub, email);
  if (!mw) {
    await audit(ctx.db, systeemActor(email ?? claims.sub, herkomst), {
      actie: 'inloggen.oidc-onbekend',
      objectType: 'medewerker',
    });
    return { soort: 'onbekend' };
  }
  const sessie = await ctx.db.transaction(async (tx) => {
    if (gekoppeld) {
      await tx.update(medewerker).set({ oidcSubject: claims.sub }).where(eq(medewerker.id, mw.id));
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
