import { normalizeText } from '../pressure/index.ts';

/** What the person may call the butler after "your", "my" or "the". */
const ROLES = ['butler', ...['', 'AI ', 'shopping ', 'buying ', 'personal '].flatMap((kind) => [`${kind}assistant`, `${kind}agent`])];

/**
 * The butler's own names, the one list every reader of names takes them from: Majordome, the person's butler,
 * (AI, shopping…) assistant or agent ("your", "my" or "the"), and the trust ledger it keeps. A card named so would sell
 * as if the person's own agent were the seller (`labelConnections`); evidence issued in such a name was written by the
 * brand (`namesTheButler`).
 */
export const BUTLER_NAMES: readonly string[] = ['Majordome', ...['your', 'my', 'the'].flatMap((who) => ROLES.map((role) => `${who} ${role}`)), 'trust ledger', 'honesty ledger'];

/** A name's words as a person reads them: case, accents, invisible characters and look-alike letters folded. */
const wordsOf = (text: string): string[] => normalizeText(text).text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

const NAMES = BUTLER_NAMES.map(wordsOf);

/**
 * Whether a name (an evidence issuer) is the butler itself: it holds one of the butler's names anywhere, whatever
 * follows or precedes it. The butler issues no certificate, report or review, and a brand can type any suffix: "The
 * Butler Seal of Approval", "Majordome Inc." or "Trust Ledger Ltd" read as the person's own agent vouching for the
 * offer, so a real body whose name holds one ("The Butler Institute", "Majordome SARL") is not checkable either; that
 * costs it the credit of one certificate, where letting a suffix through would let any brand sign as the butler
 * (review50a found both with a legal-form and a "the <role> …" exception).
 */
export function namesTheButler(name: string): boolean {
  const words = wordsOf(name);
  return NAMES.some((butler) => {
    for (let at = 0; at + butler.length <= words.length; at++) {
      if (butler.every((w, j) => words[at + j] === w)) return true;
    }
    return false;
  });
}
