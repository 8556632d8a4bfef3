import { describe, expect, it } from 'vitest';
import { leesZoek, zoekUitQuery } from './zoek';

describe('werkvoorraad search params', () => {
  it('keeps known parameters with valid values and drops the rest', () => {
    expect(
      leesZoek({
        teamId: 't1',
        filter: 'te-laat',
        status: 'gesloten',
        binnenNorm: 'misschien',
        page: '3',
        onbekend: 'x',
        q: '',
      }),
    ).toEqual({ teamId: 't1', filter: 'te-laat', page: 3 });
    expect(leesZoek({ page: '1' })).toEqual({});
    expect(leesZoek({ page: 'twee' })).toEqual({});
  });

  it("turns the dashboard's query strings into the werkvoorraad's search, the whole organisation without a team", () => {
    expect(zoekUitQuery('status=afgehandeld&afgehandeldVanaf=2026-11-23&afgehandeldTot=2026-11-27')).toEqual({
      teamId: 'alle',
      status: 'afgehandeld',
      afgehandeldVanaf: '2026-11-23',
      afgehandeldTot: '2026-11-27',
    });
    expect(zoekUitQuery('?teamId=t2&status=open&filter=vandaag')).toEqual({
      teamId: 't2',
      status: 'open',
      filter: 'vandaag',
    });
    expect(zoekUitQuery('teamId=t2&status=afgehandeld&binnenNorm=nee')).toMatchObject({ binnenNorm: 'nee' });
  });
});
