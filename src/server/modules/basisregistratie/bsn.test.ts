import { describe, expect, it } from 'vitest';
import { isGeldigBsn } from './bsn';

describe('BSN elfproef', () => {
  it.each(['999993653', '999990639', '999991425', '111222333'])('accepts %s', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(true);
  });

  it.each([
    ['999993654', 'one digit off'],
    ['99999365', 'eight digits'],
    ['9999936530', 'ten digits'],
    ['00000000a', 'a letter'],
    ['000000000', 'sum zero'],
    ['999 99 365', 'spaces'],
  ])('rejects %s (%s)', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(false);
  });
});
