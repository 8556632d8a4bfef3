import { describe, expect, it } from 'vitest';
import { zonderBsn } from './partij';

describe('zonderBsn', () => {
  it('masks nine digits in a row, in a path and in a sentence', () => {
    expect(zonderBsn('/api/v1/basisregistratie/personen/999993653')).toBe(
      '/api/v1/basisregistratie/personen/*****3653',
    );
    expect(zonderBsn('Gebeld, BSN 999993653 genoemd')).toBe('Gebeld, BSN *****3653 genoemd');
  });

  it('leaves a UUID whole, also when one of its groups holds nine digits', () => {
    const id = '65623ce4-3e3c-4f1a-8ba9-2de972471162';
    expect(zonderBsn(`/api/v1/teams/${id}`)).toBe(`/api/v1/teams/${id}`);
    expect(zonderBsn(`${id} en 999993653`)).toBe(`${id} en *****3653`);
  });

  it('leaves shorter and longer numbers alone', () => {
    expect(zonderBsn('12345678 en 1234567890')).toBe('12345678 en 1234567890');
  });
});
