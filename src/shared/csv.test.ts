import { describe, expect, it } from 'vitest';
import { csv, csvVeld } from './csv';

describe('CSV for Excel in Dutch', () => {
  it('starts with a BOM, separates by semicolons and ends lines with CRLF', () => {
    expect(csv(['Kanaal', 'Aantal'], [['telefoon', 2]])).toBe('\uFEFFKanaal;Aantal\r\ntelefoon;2\r\n');
  });

  it('quotes a field with a semicolon, a quote or a line break', () => {
    expect(csvVeld('a;b')).toBe('"a;b"');
    expect(csvVeld('zei "ja"')).toBe('"zei ""ja"""');
  });

  it.each(['=SUM(A1)', '+31', '-1', '@cmd'])('never lets %s be read as a formula', (v) => {
    expect(csvVeld(v)).toBe(`'${v}`);
  });

  it('writes an empty field for nothing', () => {
    expect(csvVeld(null)).toBe('');
  });
});
