import { describe, expect, it } from 'vitest';
import { stapVoor } from './bijwerken';

describe('a first build in steps', () => {
  it('the step before a day: the 14 days before it', () => {
    expect(stapVoor('2026-01-31', '2025-01-01')).toEqual({ van: '2026-01-17', tot: '2026-01-30' });
  });

  it('the last step stops at the first day', () => {
    expect(stapVoor('2026-01-05', '2026-01-01')).toEqual({ van: '2026-01-01', tot: '2026-01-04' });
  });
});
