import { Hono } from 'hono';
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
});
