import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_CHARS, understandNeedText } from '../../agent/need/index.ts';

// Issue 13 §4: the notes that go with a French request (typos, deadlines, a switched category, ignored text) are French.

const NOW = new Date('2026-11-23T10:00:00.000Z');
const context = { now: NOW, defaultCurrency: 'EUR' };
const read = (text: string) => understandNeedText(text, context);
const assumptions = (text: string) => {
  const result = read(text);
  return result.kind === 'need' ? result.assumptions : [];
};

describe('the notes of a French request', () => {
  it('says which typo it corrected', () => {
    expect(assumptions('un casqe audio sans fil à moins de 80 €')).toContain('faute de frappe : « casqe » lu comme « casque »');
    // English stays English.
    expect(assumptions('hedphones under 80')).toContain('typo: "hedphones" read as "headphones"');
  });

  it('says how it read the deadline, with the day in French, and which date had passed', () => {
    expect(assumptions('du café en grains livré avant vendredi')).toContain('échéance : « livré avant vendredi » compris comme une livraison au plus tard le jeudi 26 novembre 2026 (UTC)');
    const slash = assumptions('du café en grains livré avant le 03/04');
    expect(slash).toContain('« 03/04 » lu comme jour/mois');
    expect(slash.some((a) => a.startsWith('échéance : « livré avant le 03/04 » compris comme une livraison au plus tard le vendredi 2 avril 2027'))).toBe(true);
    expect(read('du café en grains avant le 2020-01-01').notUnderstood).toContain('« avant le 2020-01-01 » (cette date est déjà passée)');
    expect(read('coffee beans before 2020-01-01').notUnderstood).toContain('"before 2020-01-01" (that date has already passed)');
  });

  it('says in French that the category changed and what was dropped', () => {
    const first = read('des chaussures de trail végan, livrées avant vendredi');
    expect(first.kind).toBe('clarify');
    if (first.kind !== 'clarify') return;
    const second = understandNeedText('plutôt un casque sans fil', { ...context, previous: first.partial });
    expect(second.kind === 'need' && second.assumptions).toContain(
      'catégorie : changée pour casque audio ; les détails précédents propres à chaussures de running ont été abandonnés',
    );
  });

  it('says in French how it read a bare size, a bare budget, a brand and a word that does not apply', () => {
    expect(assumptions('des chaussures de trail 43')).toContain('pointure : « 43 » lu comme pointure européenne 43');
    expect(assumptions('un casque audio sans fil 80')).toContain('budget : « 80 » lu comme votre prix maximum');
    expect(assumptions('un casque audio, pas Pushy')).toContain('marque : « Pushy » lu comme une marque à éviter');
    expect(read('un casque audio imperméable bio').notUnderstood.some((n) => /^« bio » \(ne s’applique pas à la catégorie casque audio\)$/.test(n))).toBe(true);
    expect(assumptions('trail shoes 43')).toContain('size: "43" read as EU size 43');
  });

  it('says in French where it stopped reading a very long request', () => {
    const result = read(`un casque audio à moins de 100 € ${'pour le la de '.repeat(700)}`);
    expect(result.notUnderstood).toContain(`tout ce qui suit les ${MAX_REQUEST_CHARS} premiers caractères (ignoré)`);
    expect(result.notUnderstood.join(' ')).not.toMatch(/characters|ignored/);
  });
});
