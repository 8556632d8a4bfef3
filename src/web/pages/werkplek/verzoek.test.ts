import { describe, expect, it } from 'vitest';
import { nieuwVerzoek } from '../contactverzoeken/velden';
import { metProduct } from './verzoek';

const kwijtschelding = { id: 'p1', naam: 'Belastingkwijtschelding', teamId: 'belastingen' };

describe('choosing a product at the desk', () => {
  it("sends the question's request to the product's team and drops the old team's employee", () => {
    const vraag = { verzoek: { ...nieuwVerzoek('kcc'), medewerkerId: 'm1', urgent: true } };
    expect(metProduct(vraag, kwijtschelding)).toEqual({
      productId: 'p1',
      onderwerp: 'Belastingkwijtschelding',
      verzoek: { ...vraag.verzoek, teamId: 'belastingen', medewerkerId: '' },
    });
  });

  it('keeps the team and employee chosen when the product has no team of its own', () => {
    const vraag = { verzoek: { ...nieuwVerzoek('kcc'), medewerkerId: 'm1' } };
    expect(metProduct(vraag, { ...kwijtschelding, teamId: null }).verzoek).toEqual(vraag.verzoek);
  });
});
