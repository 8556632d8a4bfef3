import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isWebPad, webPaden } from '../server/platform/http/webpaden';
import { maakRouter } from './router';

describe('the pages the server knows', () => {
  it('are exactly the pages of the router (besides its catch-all)', () => {
    const router = maakRouter(new QueryClient());
    const paden = Object.keys(router.routesByPath).filter((p) => p !== '/$');
    expect(paden.sort()).toEqual([...webPaden].sort());
  });

  it('match a page with its parameter and a trailing slash, and nothing else', () => {
    expect(isWebPad('/contactverzoeken/8f0c5a7e-0000-4000-8000-000000000000')).toBe(true);
    expect(isWebPad('/werkplek/')).toBe(true);
    expect(isWebPad('/')).toBe(true);
    expect(isWebPad('/contactverzoeken/a/b')).toBe(false);
    expect(isWebPad('/bestaat-niet')).toBe(false);
    expect(isWebPad('/werkplekken')).toBe(false);
  });
});
