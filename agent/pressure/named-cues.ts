/**
 * Urgency words inside a proper name: a brand, a product, a game mode or a class called "Hurry Home", "Last Chance
 * Saloon", "Limited Time Mode", "The Hurry Up Hedgehog". A name is written in Title Case and runs on into further
 * capitalised words that are neither offer vocabulary nor the little words of a Title-Case headline ("Last Chance To
 * Save", "Limited Time Offer", "Hurry Up And Grab Yours", "Last Chance Summer Sale" are headlines, not names). The
 * lowercased detector cannot see case, so this reads the original text: a finding that rests only on such cues, each
 * of them inside a name the text uses, is a name, not a deadline. Once a phrase is used as a name anywhere in the text,
 * its other mentions ("“Last Chance” is the name of the brand") are the same name.
 */

/** The urgency cues short and common enough to be names (pattern ids). */
export const NAME_PRONE_CUES: ReadonlySet<string> = new Set([
  'urgency.hurry',
  'urgency.last-chance',
  'urgency.limited-time',
  'urgency.now-or-never',
  'urgency.clock-ticking',
  'urgency.final-hours',
  'urgency.act-now',
]);

/** A run of capitalised words (letters, digits, apostrophes, inner hyphens), separated by single spaces. */
const CAPITALISED_RUN = /\b[A-Z][\p{L}\d'’-]*(?: [A-Z][\p{L}\d'’-]*)+/gu;
/** A Title-Case word (the cue's own words must be written this way: shouting in capitals is not a name). */
const TITLE_CASE_WORD = /^[A-Z][a-z'’]+$/;
/**
 * Words that do not make a run a name: the cue words, offer and deadline vocabulary, the little words a Title-Case
 * headline capitalises, days and months (a headline's date).
 */
const NOT_NAME_WORDS = new Set(
  (
    'hurry up last chance limited time now or never clock ticking final call ' +
    'offer offers deal deals sale sales savings save discount discounts price prices clearance event events promo promotion code ' +
    'ends end ending today tonight tomorrow only left stock hours days minutes week weekend grab buy order shop get book act fast quick ' +
    "don't dont miss out before it's gone while stocks supplies last yours your you we our the a an and to for of on at in by with from this that is are " +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'spring summer autumn fall winter black cyber christmas easter shoppers customers friends everyone folks people members'
  ).split(' '),
);

const wordKey = (word: string): string => word.toLowerCase().replace(/[’]/g, "'");

/** The lowercased names the text uses (capitalised runs holding at least one word that is not headline vocabulary). */
function namesInText(text: string): string[] {
  const names: string[] = [];
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m !== null; m = CAPITALISED_RUN.exec(text)) {
    const words = m[0].split(' ');
    if (words.some((w) => !NOT_NAME_WORDS.has(wordKey(w).replace(/'s$/, '')))) names.push(words.map(wordKey).join(' '));
  }
  return names;
}

const HAS_CAPITAL_RUN = /[A-Z][\p{L}'’-]* [A-Z]/u;
/** A text that presses anyway (an exclamation, a deadline word) keeps its cue, name or not. */
const PRESSING_ANYWAY = /!|\b(?:now|today|tonight|ends?|ending|expires?|soon|before (?:it'?s|they'?re) gone)\b/i;

/**
 * A Title-Case cue run on into a lowercase common noun, in a text that states a product's measures ("Final Countdown
 * wall clock, 30 cm", "Act Quickly shoe polish, 75 ml tin"): the capitalised words name the product the noun says it
 * is. A headline's cue runs on into a verb or a little word instead ("Act Fast and save", "Final Call for entries"), a
 * percentage is a discount rather than a measure (an alcohol content is one), and a text without any measure is not
 * read this way.
 */
const PRODUCT_MEASURE = /\d\s?(?:ml|cl|dl|l|g|kg|mg|oz|lb|cm|mm|m|m²|w|v|mah|gb|tb)\b|\d\s?%\s?(?:abv|vol)\b|\b\d+\s?(?:players?|pieces?|pcs|pack|tablets?|capsules?|sheets?|pages?)\b/i;
const LITTLE_WORDS = new Set(
  'and or to for of on at in by with from the a an your you yours our we it this that now today tonight while before until till up is are be will can save saving sale deal deals offer offers ends ending only'.split(' '),
);
/**
 * The product the name runs on into is then defined ("Act Fast chewable tablets are antacids"): a statement of what the
 * thing is, which a headline ("Act Fast and save") never makes.
 */
const DEFINED_AFTER_NAME = /^ [a-z]+(?: [a-z]+){0,2} (?:is|are) (?:an? |the )?[a-z]{3,}/;
function namesAProduct(text: string, span: string, spanEnd: number): boolean {
  const after = text.slice(spanEnd);
  const next = /^ ([a-z]+)\b/.exec(after);
  return next !== null && !LITTLE_WORDS.has(next[1]!) && span.trim().split(/\s+/).length >= 2 && (PRODUCT_MEASURE.test(text) || DEFINED_AFTER_NAME.test(after));
}

/**
 * A name introduced as one: after a naming label ("Band name:", "Title:", "called", "named") or a kind of work or game
 * ("card game", "album", "film", "song", "novel"), a Title-Case run (little joining words allowed: "Now or Never") is
 * the thing's name. Its words, "now" included, are then not the text pressing anyone.
 */
const NAME_LABEL = /(?:\b(?:name|title|called|named|titled|entitled|album|single|song|track|film|movie|book|novel|play|band|brand|(?:card|board|party|video|dice|word) game|game|puzzle|toy|range|collection|model|edition)\s*[:–-]?\s*["“'‘]?)$/i;
const NAME_RUN = /^[A-Z][\p{L}\d'’-]*(?: (?:[A-Z][\p{L}\d'’-]*|or|and|of|the|in|to|a|at|on))*/u;
function labelledNameAt(text: string, span: string): string | undefined {
  const words = span.trim().split(/\s+/);
  if (!words.every((w, i) => TITLE_CASE_WORD.test(w.replace(/[^\p{L}'’]/gu, '')) || (i > 0 && /^(?:or|and|of|the|in|to|a|at|on)$/.test(w)))) return undefined;
  const at = text.indexOf(span.trim());
  if (at < 0 || !NAME_LABEL.test(text.slice(Math.max(0, at - 24), at))) return undefined;
  const run = NAME_RUN.exec(text.slice(at))?.[0]?.replace(/(?: (?:or|and|of|the|in|to|a|at|on))+$/, '');
  return run !== undefined && run.length >= span.trim().length ? run : undefined;
}

/**
 * Whether every span (original text) of a finding is a Title-Case cue that the text uses as (part of) a name, or names
 * a product measured in the text (see namesAProduct).
 * `spans` are the original text's slices the finding quotes.
 */
export function citesOnlyNames(text: string, spans: readonly string[]): boolean {
  if (spans.length === 0) return false;
  const labelled = spans.map((span) => labelledNameAt(text, span));
  if (labelled.every((name) => name !== undefined)) {
    let rest = text;
    for (const name of labelled) rest = rest.replace(name!, ' ');
    return !PRESSING_ANYWAY.test(rest);
  }
  if (!HAS_CAPITAL_RUN.test(text) || PRESSING_ANYWAY.test(text)) return false;
  const names = namesInText(text);
  return spans.every((span) => {
    const words = span.trim().split(/\s+/);
    if (!words.every((w) => TITLE_CASE_WORD.test(w.replace(/[^\p{L}'’]/gu, '')))) return false;
    const at = text.indexOf(span);
    if (at >= 0 && namesAProduct(text, span, at + span.length)) return true;
    const key = words.map((w) => wordKey(w.replace(/[^\p{L}'’]/gu, ''))).join(' ');
    return names.some((name) => ` ${name} `.includes(` ${key} `));
  });
}
