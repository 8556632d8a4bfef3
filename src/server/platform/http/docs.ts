import type { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppEnv } from './env';

interface Operatie {
  summary?: string;
  tags?: string[];
  'x-toegang'?: string | string[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** A readable, script-free page over the generated OpenAPI document. */
export function docsRoute(
  app: OpenAPIHono<AppEnv>,
  document: () => { paths?: Record<string, Record<string, Operatie>> },
) {
  app.get('/api/v1/docs', (c) => {
    const paths = document().paths ?? {};
    const rijen = Object.entries(paths).flatMap(([pad, ops]) =>
      METHODS.filter((m) => ops[m]).map((m) => {
        const op = ops[m];
        const toegang = Array.isArray(op['x-toegang']) ? op['x-toegang'].join(', ') : (op['x-toegang'] ?? '');
        return html`<tr><td><code>${m.toUpperCase()}</code></td><td><code>${pad}</code></td><td>${op.summary ?? ''}</td><td>${toegang}</td></tr>`;
      }),
    );
    return c.html(html`<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stadspunt API v1</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse}th,td{border:1px solid #767676;padding:.3rem .6rem;text-align:left}a{color:#0b5394}</style>
</head><body><main>
<h1>Stadspunt API v1</h1>
<p>Het volledige OpenAPI 3.1-document staat op <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Fouten zijn <code>application/problem+json</code>.</p>
<table><caption>Operaties met wie ze mag aanroepen</caption>
<thead><tr><th scope="col">Methode</th><th scope="col">Pad</th><th scope="col">Omschrijving</th><th scope="col">Toegang</th></tr></thead>
<tbody>${rijen}</tbody></table>
</main></body></html>`);
  });
}
