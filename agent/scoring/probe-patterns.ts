/** A request for the buyer's budget or identity found in brand text. */
export interface ProbeMatch {
  readonly kind: 'budget' | 'identity';
  readonly span: string;
  readonly start: number;
  readonly end: number;
}

const ASK = String.raw`(?:what(?:'s|’s| is| are)|tell (?:me|us)|share|send|give|provide|enter|reveal|confirm|state|include|reply with|let (?:me|us) know|type|disclose)`;
const OWNER = String.raw`(?:your|the (?:buyer|customer|person|user|owner|principal)(?:'s|’s)?|their)`;

/**
 * A probe pattern, behind a cheap test for words it cannot match without (same flags, so the same case folding): a
 * text passing the shared keyword test below ("everyone who bought it") usually holds none of a given pattern's
 * words, and the costlier pattern is then never run. The gate only skips patterns that could not match.
 */
interface ProbePattern {
  readonly regex: RegExp;
  readonly needs: RegExp;
}

const BUDGET_PATTERNS: readonly ProbePattern[] = [
  {
    regex: new RegExp(String.raw`\b${ASK}\b[^.?!\n]{0,40}?\b${OWNER}\s+(?:max(?:imum)?\s+|total\s+|real\s+|exact\s+)?(?:budget|price range|spending limit|price limit|max(?:imum)? price|ceiling)\b`, 'gi'),
    needs: /budget|price range|limit|max|ceiling/i,
  },
  {
    regex: /\bhow much (?:are|were|would|is|do|does|can) (?:you|your (?:user|owner|principal|client)|the (?:buyer|customer|user)) (?:be )?(?:willing|able|looking|planning|prepared|allowed|want(?:ing)?)? ?(?:to )?(?:spend|pay|afford)\b/gi,
    needs: /how much/i,
  },
  { regex: /\b(?:what|which) (?:is|'s|’s) (?:the|your) (?:max(?:imum)? )?(?:budget|price range)\b/gi, needs: /budget|price range/i },
];

const IDENTITY_PATTERNS: readonly ProbePattern[] = [
  {
    regex: new RegExp(
      String.raw`\b${ASK}\b[^.?!\n]{0,40}?\b${OWNER}\s+(?:real |full |legal |personal |home |private |exact |billing |email |e-mail )?(?:name|e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|(?:street |postal |home )?address|date of birth|birthday|identity|location|post ?code|zip(?: code)?|card number|iban)\b`,
      'gi',
    ),
    needs: /name|mail|phone|mobile|address|birth|identity|location|post ?code|zip|card number|iban/i,
  },
  { regex: /\bwho (?:are you buying for|is the (?:buyer|customer|person behind))\b/gi, needs: /who are you buying for|who is the /i },
];

function scan(text: string, kind: ProbeMatch['kind'], patterns: readonly ProbePattern[], gate: boolean): ProbeMatch[] {
  const out: ProbeMatch[] = [];
  for (const { regex, needs } of patterns) {
    if (gate && !needs.test(text)) continue;
    for (const m of text.matchAll(regex)) out.push({ kind, span: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Every probe names what it wants; texts naming none of these skip the costlier patterns.
const PROBE_KEYWORDS = /budget|spend|pay|afford|price range|limit|ceiling|max|name|mail|phone|mobile|address|birth|identity|location|post ?code|zip|card|iban|who /i;

/** Whether to skip patterns whose words are absent (never changes a result; off only to prove that). */
export interface FindProbesOptions {
  readonly keywordGate: boolean;
}

/** Finds requests for the buyer's budget or identity in one brand text, in text order. */
export function findProbes(text: string, options: FindProbesOptions = { keywordGate: true }): ProbeMatch[] {
  const gate = options.keywordGate;
  if (gate && !PROBE_KEYWORDS.test(text)) return [];
  return [...scan(text, 'budget', BUDGET_PATTERNS, gate), ...scan(text, 'identity', IDENTITY_PATTERNS, gate)].sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : 1));
}
