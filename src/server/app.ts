import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { modules } from './modules';
import { documentGrens, isDocumentUpload } from './modules/zaken/documenten/grens';
import { auditRoutes } from './platform/audit/routes';
import { apiTokenRoutes } from './platform/auth/api-tokens/routes';
import { authenticate } from './platform/auth/authenticate';
import { oidcRoutes } from './platform/auth/oidc-routes';
import { rechtenRoutes } from './platform/auth/rechten-routes';
import { sessieRoutes } from './platform/auth/routes';
import { kalenderRoutes } from './platform/calendar/routes';
import type { AppContext } from './platform/context';
import { bodyGrens } from './platform/http/body-grens';
import { docsRoute } from './platform/http/docs';
import type { AppEnv } from './platform/http/env';
import { onError, problemResponse, validatieHook } from './platform/http/errors';
import { healthRoutes } from './platform/http/health';
import { ongeldig, ProblemError } from './platform/http/problem';
import { ONGELDIGE_TEKST, tekstGrens } from './platform/http/tekst-grens';
import { verzoekLog } from './platform/http/verzoeklog';
import { isWebPad } from './platform/http/webpaden';
import { mailRoutes } from './platform/mail/routes';
import { meldingenRoutes } from './platform/meldingen/routes';
import { inProject } from './platform/projectmap';

const webRoot = inProject('dist/web');
const MAX_BODY = 1024 * 1024;

const platformRoutes = [
  sessieRoutes,
  rechtenRoutes,
  oidcRoutes,
  auditRoutes,
  apiTokenRoutes,
  mailRoutes,
  meldingenRoutes,
  kalenderRoutes,
];

function webRoutes(app: OpenAPIHono<AppEnv>): void {
  const index = path.join(webRoot, 'index.html');
  if (!existsSync(index)) return;
  const indexHtml = readFileSync(index, 'utf8');
  app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webRoot) }));
  // The web app routes on the client: every page gets index.html, an unknown path with 404
  // (the app then shows its "Pagina niet gevonden" in the layout).
  app.get('*', (c, next) =>
    c.req.path.startsWith('/api/') ? next() : c.html(indexHtml, isWebPad(c.req.path) ? 200 : 404),
  );
}

/** Every API route; the server serves them and the OpenAPI document describes them. */
export function apiRoutes(app: OpenAPIHono<AppEnv>): void {
  healthRoutes(app);
  for (const register of platformRoutes) register(app);
  for (const module of modules) module.routes?.(app);
}

/** The OpenAPI document of an app with the API routes; registering them needs no database. */
export const apiDocument = (app: OpenAPIHono<AppEnv>) =>
  app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Stadspunt API',
      version: '1.0.0',
      description: 'API van Stadspunt. Fouten zijn application/problem+json.',
    },
  });

export function createApp(ctx: AppContext): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validatieHook });
  app.use(verzoekLog(ctx));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    }),
  );
  const algemeen = bodyGrens(MAX_BODY, (c) =>
    problemResponse(c, new ProblemError(413, 'Te groot', 'De body is groter dan 1 MB.').toProblem()),
  );
  const documenten = documentGrens(ctx.config);
  app.use('/api/*', (c, next) =>
    (isDocumentUpload(c.req.method, c.req.path) ? documenten : algemeen)(c, next),
  );
  app.use('/api/*', authenticate);
  app.use(
    '/api/*',
    tekstGrens((c, veld) => problemResponse(c, ongeldig([{ veld, melding: ONGELDIGE_TEKST }]).toProblem())),
  );
  apiRoutes(app);
  const document = () => apiDocument(app);
  app.get('/api/v1/openapi.json', (c) => c.json(document()));
  docsRoute(app, document as never);
  app.notFound((c) =>
    problemResponse(
      c,
      new ProblemError(404, 'Niet gevonden', 'Deze pagina of dit adres bestaat niet.').toProblem(),
    ),
  );
  app.onError(onError);
  webRoutes(app);
  return app;
}
