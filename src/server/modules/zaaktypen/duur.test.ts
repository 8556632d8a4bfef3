import { describe, expect, it } from 'vitest';
import { duurVeld, isDuur } from './duur';

describe('ISO 8601 durations of the catalogue', () => {
  it('accepts the durations the Catalogi API uses', () => {
    for (const duur of ['P6W', 'P8W', 'P30D', 'P1Y6M', 'P110Y', 'PT36H']) expect(isDuur(duur)).toBe(true);
  });

  it('refuses text that is not an ISO 8601 duration, and a zero term', () => {
    for (const duur of ['6 weken', '42', 'P', 'P6', 'p6w ', '', 'P0D']) expect(isDuur(duur)).toBe(false);
  });

  it('explains in Dutch what to write', () => {
    const uitkomst = duurVeld('de doorlooptijd').safeParse('8 weken');
    expect(uitkomst.success).toBe(false);
    expect(uitkomst.error?.issues[0].message).toBe(
      'Vul de doorlooptijd in als ISO 8601-duur, bijvoorbeeld P6W (6 weken), P8W of P30D.',
    );
  });
});
