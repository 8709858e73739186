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
 * The legal forms of registered companies (ISO 20275 abbreviations of the markets read), written as their letters
 * ("S.A.R.L." is "sarl"): "Majordome SARL" is a company's name, which a person can look up in a register.
 */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['sarl', 'sas', 'sasu', 'sa', 'eurl', 'snc', 'sca', 'gmbh', 'ag', 'kg', 'ug', 'ev', 'ltd', 'limited', 'llc', 'llp', 'inc', 'incorporated', 'corp', 'corporation', 'plc', 'bv', 'nv', 'spa', 'srl', 'sl', 'slu', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'kk', 'pty', 'sro', 'spzoo']);

/** Where the legal form a name ends with starts, its letters read across the dots that part them ("S.A.R.L.", "sp. z o.o."); -1 when it ends with none. */
function legalFormAt(words: readonly string[]): number {
  for (let from = words.length - 1; from >= Math.max(1, words.length - 4); from--) {
    if (LEGAL_FORMS.has(words.slice(from).join(''))) return from;
  }
  return -1;
}

/**
 * Whether a name (an evidence issuer) is the butler itself. The person's butler ("your" / "my" butler, assistant,
 * agent) is, wherever it stands; "the butler" / "the shopping agent" when it ends the name or owns what follows ("the
 * butler's lab"), not where it names another body ("The Butler Institute", "The Agent Group"); "Majordome" and a trust
 * ledger unless the name is that alone and a legal form, a registered company's ("Majordome SARL"). The butler issues
 * no certificate, report or review.
 */
export function namesTheButler(name: string): boolean {
  const words = wordsOf(name);
  const legalForm = legalFormAt(words);
  for (const butler of NAMES) {
    for (let at = 0; at + butler.length <= words.length; at++) {
      if (!butler.every((w, j) => words[at + j] === w)) continue;
      const end = at + butler.length;
      if (butler[0] === 'your' || butler[0] === 'my') return true;
      if (butler[0] === 'the') {
        if (end === words.length || words[end] === 's') return true;
      } else if (!(at === 0 && end === legalForm)) return true;
    }
  }
  return false;
}
