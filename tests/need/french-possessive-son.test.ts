import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// In French "son" before a noun is "his/her", never the English "son". On main (5055ee6) "pour mon oncle … pour son
// départ à la retraite" gave the present to a son.

describe('French "son" before a word', () => {
  it('is a possessive, so the person named before stays the recipient', () => {
    const need = read('un casque audio sans fil pour mon oncle, pour son départ à la retraite, 150 € max');
    expect(need.recipient?.who).toBe('uncle');
  });

  it('still lets an English "son" be the recipient', () => {
    expect(read('wireless headphones for my son, under 80 euros').recipient?.who).toBe('son');
  });
});
