import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The person who "logs in" at the provider in the next flow. */
  loginAs(sub: string): void;
  /** Follows the provider's redirects (with its cookies) until it sends the browser back to `terugNaar`. */
  doorloop(autorisatieUrl: string, terugNaar: string): Promise<URL>;
  stop(): Promise<void>;
}

interface Account {
  email: string;
  /** Whether the provider vouches for the address (the `email_verified` claim). */
  emailGeverifieerd: boolean;
}

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, standing in for Entra ID or
 * Keycloak. Its login and consent screens are replaced by an automatic "the user agreed".
 */
export async function startOidcProvider(opts: {
  redirectUri: string;
  accounts: Record<string, Account>;
}): Promise<TestIdp> {
  let wie = Object.keys(opts.accounts)[0];
  const clientId = 'stadspunt';
  const clientSecret = 'geheim-voor-de-test-van-stadspunt';
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(issuer, {
    jwks: { keys: [{ ...(await exportJWK(privateKey)), use: 'sig', alg: 'RS256' }] },
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    findAccount: (_ctx, sub) =>
      opts.accounts[sub]
        ? {
            accountId: sub,
            claims: () => ({
              sub,
              email: opts.accounts[sub].email,
              email_verified: opts.accounts[sub].emailGeverifieerd,
            }),
          }
        : undefined,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['stadspunt-test-cookie-sleutel'] },
  });
  provider.on('server_error', () => undefined);

  async function interactie(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: wie } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new provider.Grant({ accountId: details.session?.accountId as string, clientId });
    const ontbrekend = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
    };
    if (ontbrekend.missingOIDCScope) grant.addOIDCScope(ontbrekend.missingOIDCScope.join(' '));
    if (ontbrekend.missingOIDCClaims) grant.addOIDCClaims(ontbrekend.missingOIDCClaims);
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  }

  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) interactie(req, res).catch(() => res.writeHead(500).end());
    else callback(req, res);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    loginAs(sub) {
      wie = sub;
    },
    async doorloop(autorisatieUrl, terugNaar) {
      // A fresh browser each time: no provider session carries over from an earlier login.
      const koekjes = new Map<string, string>();
      let url = new URL(autorisatieUrl);
      for (let stap = 0; stap < 10; stap++) {
        if (url.href.startsWith(terugNaar)) return url;
        const res = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...koekjes].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const koekje of res.headers.getSetCookie()) {
          const [paar] = koekje.split(';');
          const [naam, ...waarde] = paar.split('=');
          koekjes.set(naam, waarde.join('='));
        }
        const volgende = res.headers.get('location');
        if (!volgende) throw new Error(`provider stopte met ${res.status}: ${await res.text()}`);
        url = new URL(volgende, url);
      }
      throw new Error('te veel doorverwijzingen bij de provider');
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
