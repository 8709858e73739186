import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A request passed on for someone else is for the person who sent it: "Forwarded from my daughter: "…"", "my husband
// says he needs…", "(fwd) grandma wants…", "de la part de mon frère : …". On main (335da7e) none of these named a
// recipient: only "my wife wrote: "…"" (a verb of writing right after the person, then a quotation) did.

describe('a request forwarded for one of the speaker\'s people', () => {
  it('is for the person it is sent from, before a colon or a quotation, with or without an aside', () => {
    expect(read('Forwarded from my daughter: "a kettle, white, under 40"').recipient?.who).toBe('daughter');
    expect(read('Passing this on from my brother (he has no laptop): "wireless headphones, noise cancelling, 150 max"').recipient?.who).toBe('brother');
    expect(read('de la part de mon frère : un casque audio sans fil, 120 € max').recipient?.who).toBe('brother');
    expect(read('message de ma mère : « une bouilloire blanche, 50 € max »').recipient?.who).toBe('mother');
  });

  it('is for the person whose wish is relayed with a pronoun ("says he needs", "dit qu\'elle voudrait")', () => {
    expect(read('My husband says he needs trail running shoes, size 44, under 130').recipient?.who).toBe('husband');
    expect(read('ma soeur m\'a dit qu\'elle voudrait un casque audio sans fil, 90 € max').recipient?.who).toBe('sister');
  });

  it('is for the person named after a forwarding mark, even without "my"', () => {
    expect(read('(fwd) grandma needs a kettle, cream, up to 60').recipient?.who).toBe('grandmother');
    expect(read('(transféré) mon fils veut un casque audio sans fil, 80 € max').recipient?.who).toBe('son');
  });

  it('keeps a quoted ask that opens with "get me" as the writer\'s own, not advice', () => {
    expect(read('My sister texted: "get me some decaf beans, 500g"').recipient?.who).toBe('sister');
    expect(read('My sister texted: "get the Sony ones, they are better". Headphones under 200').recipient).toBeUndefined();
  });

  it('leaves a request that only mentions someone without a recipient', () => {
    expect(read('I got a kettle from my son last year, I want a new one, white, under 50').recipient).toBeUndefined();
    expect(read('My husband says the kettle is too loud: a quiet one, under 80').recipient).toBeUndefined();
  });
});
