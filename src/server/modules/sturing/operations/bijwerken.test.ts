import { describe, expect, it } from 'vitest';
import { stappen } from './bijwerken';

describe('a first build in steps', () => {
  it('covers the whole period in steps of at most 14 days, newest first, the oldest cut to the start', () => {
    expect(stappen({ van: '2026-01-01', tot: '2026-01-31' })).toEqual([
      { van: '2026-01-18', tot: '2026-01-31' },
      { van: '2026-01-04', tot: '2026-01-17' },
      { van: '2026-01-01', tot: '2026-01-03' },
    ]);
  });

  it('a single day is one step', () => {
    expect(stappen({ van: '2026-03-01', tot: '2026-03-01' })).toEqual([
      { van: '2026-03-01', tot: '2026-03-01' },
    ]);
  });
});
