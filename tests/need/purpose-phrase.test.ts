import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// What follows "for" says what the product serves, not what it is: the product is named before it, even by a shorter
// name than the one after it. Each expectation fails on main (30aa7ea), which read the longer name after "for".

describe('a product named before "for"', () => {
  it('wins over a longer product name after "for"', () => {
    expect(read('whole coffee beans for my espresso machine, 1 kg').category).toBe('coffee');
    expect(read('tea bags for my electric kettle').category).toBe('2073');
  });

  it('wins when only a sold category\'s own name says it ("helmet" of Bicycle Helmets)', () => {
    expect(read('a helmet for my road bike, size M').category).toBe('1029');
  });
});
