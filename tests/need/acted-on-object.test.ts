import { describe, expect, it } from 'vitest';
import { categoryOf, readRequest } from './unseen-requests-judge.ts';

// On main (86050b1) "something to keep my coffee hot" was a request for coffee.
describe('what a product keeps hot, cold, dry or safe is not the product', () => {
  it('does not read the thing kept as the category', () => {
    for (const text of ['something to keep my coffee hot', 'un truc pour garder mon café au chaud', 'something that keeps my headphones dry']) {
      const category = categoryOf(readRequest(text));
      expect(category, text).not.toBe('coffee');
      expect(category, text).not.toBe('headphones');
    }
    expect(categoryOf(readRequest('something to keep my coffee hot'))).toBe('ask:category');
  });

  it('still reads the product named beside it', () => {
    expect(categoryOf(readRequest('a backpack to keep my laptop dry'))).toBe('100');
    expect(categoryOf(readRequest('coffee beans that stay fresh'))).toBe('coffee');
    expect(categoryOf(readRequest('keep it simple: coffee beans, dark roast'))).toBe('coffee');
  });
});
