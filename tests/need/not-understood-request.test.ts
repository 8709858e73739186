import { describe, expect, it } from 'vitest';
import { readRequest } from './unseen-requests-judge.ts';

// Requests with nothing to read as a need: links alone, pasted random characters, keyboard mash, a question naming no
// product. On main (589e8b8) a link's "share" was read as the maker Shure (a headphones need sent to brands), 80 KB of
// pasted base64 was read as a need from fragments of its letters, mash was refused as an unknown product, and "can u
// help me" was read as can & bottle sleeves. Each must be asked about (`reason: 'not-understood'`), before any brand is.

/** Deterministic bytes from a linear congruential generator (the same on every run). */
function bytes(count: number, seed: number): Buffer {
  const out = Buffer.alloc(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 22695477) + 1) >>> 0;
    out[i] = state >>> 23;
  }
  return out;
}

function notUnderstood(text: string): { asked: boolean; question: string } {
  const u = readRequest(text);
  return { asked: u.kind === 'clarify' && u.reason === 'not-understood' && u.missing.includes('category'), question: u.kind === 'clarify' ? u.question : '' };
}

describe('a request with nothing readable in it', () => {
  it('is asked about when it is only a link, and the question says a link cannot be opened', () => {
    for (const link of ['https://shop.example.org/item/55120?utm_source=share&ref=app', 'www.example.net/deal/headphones-sale?id=9', 'http://example.com/?share=1']) {
      const { asked, question } = notUnderstood(link);
      expect(asked, link).toBe(true);
      expect(question, link).toContain('link');
    }
  });

  it('is asked about when it is pasted random characters, however long', () => {
    for (const size of [40, 700, 5000, 60000]) {
      for (const encoded of [bytes(size, size).toString('base64'), bytes(size, size + 1).toString('hex'), bytes(size, size + 2).toString('base64url')]) {
        expect(notUnderstood(encoded).asked, `${encoded.length} characters: ${encoded.slice(0, 40)}`).toBe(true);
      }
    }
  });

  it('is asked about when it is keyboard mash', () => {
    for (const mash of ['qwertyuiop zxcvbn', 'lkjhlkjh;; mnbvmnbv', 'ghghgh fjfjfj dkdkdk']) expect(notUnderstood(mash).asked, mash).toBe(true);
  });

  it('asks what to look for when a question names no product', () => {
    for (const question of ['can u help me?', 'could you help me please', 'hey can you help']) {
      const u = readRequest(question);
      expect(u.kind === 'clarify' && u.missing.includes('category'), `${question}: ${u.kind}`).toBe(true);
    }
  });

  it('still reads the need beside a link or a model number', () => {
    const u = readRequest('https://example.org/p/991?ref=share waterproof trail running shoes size 43 under 150 euros');
    expect(u.kind === 'need' ? u.need.category : u.kind).toBe('running-shoes');
    expect(u.kind === 'need' ? u.need.hardConstraints.filter((r) => r.attribute === 'maker') : ['not a need']).toEqual([]);
    const model = readRequest('Sony WH1000XM5 headphones, under 300 euros');
    expect(model.kind === 'need' ? model.need.category : model.kind).toBe('headphones');
  });

  it('never asks about an ordinary request, a typo or a name', () => {
    for (const text of ['kettel with temperature control', 'Dyson', 'a kettle', 'Geschwindigkeitsbegrenzung kettle']) {
      const u = readRequest(text);
      expect(u.kind === 'clarify' && u.reason === 'not-understood', text).toBe(false);
    }
  });
});
