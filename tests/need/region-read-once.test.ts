// review40c: every "$", "dollar" or "balles" asked again whether the whole message is set in Canada or Switzerland,
// re-reading every token: 4,000 "$" cost ~4 s of CPU (agent/need/regional-currency.ts). The region is now read once
// per token list. Counted, not timed: the tokens read while reading one message's currencies.
import { describe, expect, it } from 'vitest';
import { regionalCurrency } from '../../agent/need/regional-currency.ts';
import { tokenize } from '../../agent/need/tokenize.ts';

function counted(text: string): { readonly tokens: readonly ReturnType<typeof tokenize>[number][]; readonly reads: () => number } {
  const tokens = tokenize(text);
  let reads = 0;
  const proxy = new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { tokens: proxy, reads: () => reads };
}

describe('where a message is set is read once per message', () => {
  it('(fixed) a thousand "$" read the tokens once, not once per "$"', () => {
    const { tokens, reads } = counted('$ '.repeat(1_000));
    for (let i = 0; i < 1_000; i += 1) regionalCurrency('$', 'USD', tokens);
    expect(reads()).toBeLessThanOrEqual(2 * tokens.length);
  });

  it('still reads the region: Canadian dollars, Swiss "balles", US dollars elsewhere', () => {
    expect(regionalCurrency('$', 'USD', tokenize('a parka for Montreal winters, 300 $'))).toBe('CAD');
    expect(regionalCurrency('balles', 'EUR', tokenize('un natel à 300 balles'))).toBe('CHF');
    expect(regionalCurrency('balles', 'EUR', tokenize('un casque à 300 balles'))).toBe('EUR');
    expect(regionalCurrency('$', 'USD', tokenize('headphones under 300 $'))).toBe('USD');
  });
});
