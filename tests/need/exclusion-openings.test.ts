import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// "nothing pink", "any colour but white": an exclusion, never a wish for the colour (requests9 family; fails on 032bab7).
const excludes = (text: string, attribute: string, value: string): void => {
  const need = read(text);
  const rule = need.hardConstraints.find((c) => c.attribute === attribute && (c.op === 'neq' || c.op === 'not-in'));
  expect(rule, `${text}: ${JSON.stringify(need.hardConstraints)}`).toBeDefined();
  expect([rule!.value].flat().map(String)).toContain(value);
  const wanted = [...need.hardConstraints.filter((c) => c.op === 'eq' || c.op === 'in').flatMap((c) => (c.attribute === attribute ? [c.value].flat() : [])), ...need.softPreferences.filter((p) => p.attribute === attribute && p.direction === 'equals').map((p) => p.value)];
  expect(wanted.map(String), `${text}: the excluded value is also wanted`).not.toContain(value);
};

describe('an exclusion opened by "nothing" or "any … but"', () => {
  it('reads "nothing <value>" as excluding it, on built-in and open categories', () => {
    excludes('trail running shoes EU 42, nothing orange', 'color', 'orange');
    excludes('headphones, wireless, nothing over-ear', 'form', 'over-ear');
    excludes('a kids bike with 20 inch wheels, NOTHING PINK', 'color', 'pink');
    excludes('une bouilloire, rien en plastique', 'body', 'plastic');
  });

  it('reads "any colour but <value>" as excluding it on a built-in category too', () => {
    excludes('earbuds, any colour but white', 'color', 'white');
    excludes('running shoes size 44, any color except black', 'color', 'black');
  });

  it('keeps "nothing but <value>" from excluding the value', () => {
    const need = read('headphones, nothing but wireless');
    expect(need.hardConstraints).not.toContainEqual(expect.objectContaining({ attribute: 'wireless', value: false }));
  });
});
