import type { NeedDraft } from './parse-state.ts';

/**
 * Records a maker as said: excluded when negated ("not Nike"), a wish when said softly ("preferably Hoka"), else one
 * of the makers that will do ("only Bosch", "Makita or DeWalt"); later words win, so a maker wanted after being
 * excluded is wanted, and one excluded after being wanted is excluded.
 */
export function setMaker(draft: NeedDraft, maker: string, negated: boolean, soft: boolean): void {
  if (negated) {
    draft.makersIn = draft.makersIn.filter((m) => m !== maker);
    if (!draft.makersOut.includes(maker)) draft.makersOut.push(maker);
  } else if (soft) {
    // "Preferably Hoka or Brooks": one wish per maker; several "equals" wishes on one attribute are alternatives.
    if (!draft.soft.some((p) => p.attribute === 'maker' && p.value === maker)) draft.soft.push({ attribute: 'maker', direction: 'equals', value: maker, weight: 0.6 });
  } else {
    draft.makersOut = draft.makersOut.filter((m) => m !== maker);
    if (!draft.makersIn.includes(maker)) draft.makersIn.push(maker);
  }
}
