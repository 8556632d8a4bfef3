import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { Client } from 'undici';
import { describe, expect, it } from 'vitest';
import { bodyGrens } from './body-grens';

const app = new Hono();
app.use(bodyGrens(10, (c) => c.text('te groot', 413)));
app.post('/', async (c) => c.text(`ontvangen: ${await c.req.text()}`));

const stroom = (tekst: string) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(tekst));
      controller.close();
    },
  });
const verstuur = (body: BodyInit, headers: Record<string, string> = {}) =>
  app.request('/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('bodyGrens', () => {
  it('lets a body through whose Content-Length is within the limit', async () => {
    const res = await verstuur('0123456789', { 'content-length': '10' });
    expect(await res.text()).toBe('ontvangen: 0123456789');
  });

  it('refuses a declared Content-Length over the limit → 413', async () => {
    expect((await verstuur('0123456789a', { 'content-length': '11' })).status).toBe(413);
  });

  it('counts a body without Content-Length while reading it', async () => {
    expect((await verstuur(stroom('0123456789a'))).status).toBe(413);
    expect(await (await verstuur(stroom('kort'))).text()).toBe('ontvangen: kort');
  });

  it('closes the connection after refusing a body it did not read', async () => {
    const res = await verstuur('0123456789a', { 'content-length': '11' });
    expect(res.headers.get('connection')).toBe('close');
  });

  it('a kept-alive connection serves the next request after a refused body, declared or streamed', async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const client = new Client(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {
      headersTimeout: 5_000,
    });
    try {
      const groot = Buffer.alloc(1024 * 1024, 'a');
      for (const body of [groot, Readable.from([groot])]) {
        const geweigerd = await client.request({ path: '/', method: 'POST', body });
        expect(geweigerd.statusCode).toBe(413);
        await geweigerd.body.text();
        const volgende = await client.request({ path: '/', method: 'POST', body: 'kort' });
        expect(await volgende.body.text()).toBe('ontvangen: kort');
      }
    } finally {
      await client.close();
      server.close();
    }
  });
});
