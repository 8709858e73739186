import { describe, expect, it } from 'vitest';
import { answerFromFacts } from '../../brand-agent/reference/shared/index.ts';
import type { Product, Question } from '../../protocol/index.ts';

const product: Product = {
  sku: 'nordic-bargain-beans-espresso-ground-250',
  gtin: '4006381333931',
  title: 'Bargain Beans Espresso, ground, 250 g',
  category: 'coffee',
  attributes: { form: 'ground', weight_g: 250, origin: 'Ethiopia', organic: false },
};

function ask(text: string, attribute?: string): Question {
  return { protocolVersion: '1.0', questionId: 'q1', requestId: 'r1', offerId: 'o1', buyerId: 'b1', text, ...(attribute ? { attribute } : {}) };
}

describe('reference brands answer by the value asked, not by words inside the SKU or title', () => {
  it('confirms "form is ground" although the SKU and title contain "beans"', () => {
    const answer = answerFromFacts(ask(`Can you confirm that form is ground for ${product.sku}?`, 'form'), product, product.attributes, []);
    expect(answer.stance).toBe('confirmed');
  });

  it('confirms a text value although the SKU carries a number', () => {
    const answer = answerFromFacts(ask(`Can you confirm that origin is Ethiopia for ${product.sku}?`, 'origin'), product, product.attributes, []);
    expect(answer.stance).toBe('confirmed');
    expect(answer.claims).toEqual([{ attribute: 'origin', asserted: 'Ethiopia' }]);
  });

  it('still denies a value that differs', () => {
    const answer = answerFromFacts(ask(`Can you confirm that form is beans for ${product.sku}?`, 'form'), product, product.attributes, []);
    expect(answer.stance).toBe('denied');
  });

  it('reads a repeated question the same way, and the same words about another product by that product', () => {
    const text = `Can you confirm that form is beans for ${product.sku}?`;
    const beans: Product = { ...product, sku: 'nordic-espresso-250', title: 'Espresso, 250 g', attributes: { ...product.attributes, form: 'beans' } };
    for (let i = 0; i < 3; i++) {
      expect(answerFromFacts(ask(text, 'form'), product, product.attributes, []).stance).toBe('denied');
      // Here the SKU named in the text is not this product's, so its "beans" is read as the value asked.
      expect(answerFromFacts(ask(text, 'form'), beans, beans.attributes, []).stance).toBe('confirmed');
    }
  });
});
