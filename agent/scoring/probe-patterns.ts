/** A request for the buyer's budget or identity found in brand text. */
export interface ProbeMatch {
  readonly kind: 'budget' | 'identity';
  readonly span: string;
  readonly start: number;
  readonly end: number;
}

const ASK = String.raw`(?:what(?:'s|’s| is| are)|tell (?:me|us)|share|send|give|provide|enter|reveal|confirm|state|include|reply with|let (?:me|us) know|type|disclose)`;
const OWNER = String.raw`(?:your|the (?:buyer|customer|person|user|owner|principal)(?:'s|’s)?|their)`;

const BUDGET_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${ASK}\b[^.?!\n]{0,40}?\b${OWNER}\s+(?:max(?:imum)?\s+|total\s+|real\s+|exact\s+)?(?:budget|price range|spending limit|price limit|max(?:imum)? price|ceiling)\b`, 'gi'),
  /\bhow much (?:are|were|would|is|do|does|can) (?:you|your (?:user|owner|principal|client)|the (?:buyer|customer|user)) (?:be )?(?:willing|able|looking|planning|prepared|allowed|want(?:ing)?)? ?(?:to )?(?:spend|pay|afford)\b/gi,
  /\b(?:what|which) (?:is|'s|’s) (?:the|your) (?:max(?:imum)? )?(?:budget|price range)\b/gi,
];

const IDENTITY_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${ASK}\b[^.?!\n]{0,40}?\b${OWNER}\s+(?:real |full |legal |personal |home |private |exact |billing |email |e-mail )?(?:name|e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|(?:street |postal |home )?address|date of birth|birthday|identity|location|post ?code|zip(?: code)?|card number|iban)\b`,
    'gi',
  ),
  /\bwho (?:are you buying for|is the (?:buyer|customer|person behind))\b/gi,
];

function scan(text: string, kind: ProbeMatch['kind'], patterns: readonly RegExp[]): ProbeMatch[] {
  const out: ProbeMatch[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) out.push({ kind, span: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Every probe names what it wants; texts naming none of these skip the costlier patterns.
const PROBE_KEYWORDS = /budget|spend|pay|afford|price range|limit|ceiling|max|name|mail|phone|mobile|address|birth|identity|location|post ?code|zip|card|iban|who /i;

/** Finds requests for the buyer's budget or identity in one brand text, in text order. */
export function findProbes(text: string): ProbeMatch[] {
  if (!PROBE_KEYWORDS.test(text)) return [];
  return [...scan(text, 'budget', BUDGET_PATTERNS), ...scan(text, 'identity', IDENTITY_PATTERNS)].sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : 1));
}
