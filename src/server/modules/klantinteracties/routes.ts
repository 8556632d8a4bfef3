import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type MiddlewareHandler } from 'hono';
import { authenticate } from '../../platform/auth/authenticate';
import { bodyGrens } from '../../platform/http/body-grens';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { ONGELDIGE_TEKST, tekstGrens } from '../../platform/http/tekst-grens';
import { regelVan, weigering } from '../../policies/regels';
import { type EenBron, leesJson, registreerBron, toonEen, valideer } from './bron';
import { actorKlantcontacten } from './bronnen/actor-klantcontacten';
import { actoren } from './bronnen/actoren';
import { betrokkenen } from './bronnen/betrokkenen';
import { bijlagen } from './bronnen/bijlagen';
import { categorieen, categorieRelaties } from './bronnen/categorieen';
import { digitaleAdressen } from './bronnen/digitale-adressen';
import { internetaken } from './bronnen/internetaken';
import { klantcontacten } from './bronnen/klantcontacten';
import { onderwerpobjecten } from './bronnen/onderwerpobjecten';
import { partijIdentificatoren } from './bronnen/partij-identificatoren';
import { partijen } from './bronnen/partijen';
import { rekeningnummers } from './bronnen/rekeningnummers';
import { vertegenwoordigingen } from './bronnen/vertegenwoordigingen';
import { foutAntwoord, nietGevondenFout, onStandaardFout, StandaardFout, validatieFout } from './fouten';
import { maakKlantcontactInvoer, maakKlantcontactMetAlles } from './operations/maak-klantcontact';

export const BASIS = '/klantinteracties/api/v1';
export const API_VERSIE = '0.9.0';

/** Every resource of the standard, in the order of the spec. */
export const bronnen: EenBron[] = [
  actoren,
  actorKlantcontacten,
  betrokkenen,
  bijlagen,
  categorieRelaties,
  categorieen,
  digitaleAdressen,
  internetaken,
  klantcontacten,
  onderwerpobjecten,
  partijIdentificatoren,
  partijen,
  rekeningnummers,
  vertegenwoordigingen,
];

const LEZEN = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Open Klant's access: `Authorization: Token <key>` (Stadspunt's API tokens, by scope), or an
 * employee's session for the KCC roles, under the rules of the policy layer. The rules of the
 * objects (an internetaak is a contactverzoek) hold inside, as in the internal API.
 */
const toegang: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.get('actor');
  if (!actor)
    throw new StandaardFout(
      401,
      'not_authenticated',
      'Niet geauthenticeerd.',
      'Authenticatiegegevens zijn niet opgegeven of ongeldig.',
    );
  const schrijft = !LEZEN.has(c.req.method);
  const reden = weigering(
    regelVan(schrijft ? 'klantinteracties.schrijven' : 'klantinteracties.lezen'),
    actor,
    schrijft,
  );
  if (reden) throw new StandaardFout(403, 'permission_denied', 'Geen toegang.', reden);
  await next();
  c.header('API-version', API_VERSIE);
};

const teGroot = bodyGrens(1024 * 1024, (c) =>
  foutAntwoord(c, new StandaardFout(413, 'request_too_large', 'Te groot.', 'De body is groter dan 1 MB.')),
);

const onleesbaar = tekstGrens((c, veld) =>
  foutAntwoord(c, validatieFout([{ name: veld, code: 'invalid', reason: ONGELDIGE_TEKST }])),
);

export function klantinteractiesRoutes(app: OpenAPIHono<AppEnv>): void {
  const api = new Hono<AppEnv>();
  api.onError(onStandaardFout);
  api.use('*', teGroot, authenticate, toegang, onleesbaar);
  for (const bron of bronnen) registreerBron(api, bron);
  api.post('/maak-klantcontact', async (c) => {
    const invoer = valideer(maakKlantcontactInvoer, await leesJson(c));
    const ids = await maakKlantcontactMetAlles(c.get('ctx'), actorVan(c), invoer);
    // The spec does not allow null here: a part that was not made is left out.
    return c.json(
      {
        klantcontact: await toonEen(c, klantcontacten, ids.klantcontactId),
        ...(ids.betrokkeneId ? { betrokkene: await toonEen(c, betrokkenen, ids.betrokkeneId) } : {}),
        ...(ids.onderwerpobjectId
          ? { onderwerpobject: await toonEen(c, onderwerpobjecten, ids.onderwerpobjectId) }
          : {}),
      },
      201,
    );
  });
  api.all('*', () => {
    throw nietGevondenFout('Deze resource bestaat niet in de Klantinteracties API.');
  });
  app.route(BASIS, api);
}
