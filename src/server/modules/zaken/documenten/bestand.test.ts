import { describe, expect, it } from 'vitest';
import { contentDisposition, veiligeNaam } from './bestand';

describe('a file name as the user gave it', () => {
  it('keeps only the last part of any path, Unix or Windows', () => {
    expect(veiligeNaam('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(veiligeNaam('C:\\Users\\jan\\brief.docx')).toBe('brief.docx');
    expect(veiligeNaam('map/')).toBe('document');
  });

  it('loses control characters, so it can split no header or log line, and leading dots', () => {
    expect(veiligeNaam('brief\r\nSet-Cookie: x.pdf')).toBe('briefSet-Cookie: x.pdf');
    expect(veiligeNaam('..\u0000.verborgen.pdf')).toBe('verborgen.pdf');
  });

  it('is at most 200 characters and keeps its extension when shortened', () => {
    const naam = veiligeNaam(`${'a'.repeat(300)}.pdf`);
    expect(naam).toHaveLength(200);
    expect(naam.endsWith('.pdf')).toBe(true);
  });
});

describe('Content-Disposition', () => {
  it('is always an attachment, with an ASCII fallback in quotes and the exact name in RFC 5987 form', () => {
    expect(contentDisposition('Besluit (ambtshalve) 100%.pdf')).toBe(
      `attachment; filename="Besluit (ambtshalve) 100_.pdf"; filename*=UTF-8''Besluit%20%28ambtshalve%29%20100%25.pdf`,
    );
    expect(contentDisposition("Zoë's brief.pdf")).toBe(
      `attachment; filename="Zoe's brief.pdf"; filename*=UTF-8''Zo%C3%AB%27s%20brief.pdf`,
    );
  });
});
