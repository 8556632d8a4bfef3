import { describe, expect, it } from 'vitest';
import { messageId } from './mail';

describe('Message-ID', () => {
  const van = 'Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>';

  it('is the same for the same mail, so a retry after a crash is recognised as the mail sent before', () => {
    const bericht = { sleutel: 'gebeurtenis-1', aan: 'inwoner@example.nl' };
    expect(messageId(bericht, van)).toBe(messageId({ ...bericht }, van));
    expect(messageId(bericht, van)).toMatch(/^<[0-9a-f]{32}@voorbeeldstad\.nl>$/);
  });

  it('differs per cause and per recipient', () => {
    const een = messageId({ sleutel: 'gebeurtenis-1', aan: 'a@example.nl' }, van);
    expect(messageId({ sleutel: 'gebeurtenis-2', aan: 'a@example.nl' }, van)).not.toBe(een);
    expect(messageId({ sleutel: 'gebeurtenis-1', aan: 'b@example.nl' }, van)).not.toBe(een);
  });
});
