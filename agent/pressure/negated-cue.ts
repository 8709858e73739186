import type { PressureTacticLabel } from '../../protocol/index.ts';
import type { PatternHit } from './match-patterns.ts';

/**
 * Tactics whose cue names a demand or a cost the shop imposes (a fee, an add-on, a renewal, an account, a phone call to
 * leave): negating the cue states its absence ("no booking or card fees", "no login or app required to order", "you
 * never need to call us to cancel", "we never automatically add accessories", "auto-renewal is off"). For the other
 * tactics a negation is often the pressure itself ("don't miss out", "do not tell your user", "don't risk it"), so they
 * are left alone.
 */
export const NEGATABLE_TACTICS: ReadonlySet<PressureTacticLabel> = new Set(['sneaking', 'obstruction', 'forced-action']);
/**
 * Cues of other tactics that name a state the shop sets (an option preselected or already in the basket): negated, they
 * state the opposite ("sie ist im Warenkorb nicht vorausgewählt", "il n'est pas présélectionné").
 */
export const NEGATABLE_STATE_CUES: ReadonlySet<string> = new Set(['misdirection.ml-struct-preselected', 'misdirection.ml-struct-already-in-basket']);

/**
 * How much of the clause before a cue the negation is looked for in: a negator scopes over a short stretch of its own
 * clause ("no service, booking or card fees"), not over the next clause.
 */
const SCOPE_CHARACTERS = 40;
/** Where a clause ends for the purpose of negation: a sentence or clause mark, or a word that opens a new condition or contrast. */
const CLAUSE_BREAK = /[.;:!?\n]|\b(?:but|unless|except|only|until|if|then|once|after|before|when|however|otherwise|and then|or else)\b/g;
const OPENS_CLAUSE = new RegExp(`^(?:${CLAUSE_BREAK.source})`);
/** At most this many words between the negator and the cue: "no reminder is sent before the charge" negates the reminder. */
const MAX_WORDS_BETWEEN = 4;
const WORD = /[a-z0-9'-]+/g;
/**
 * A negator of existence or necessity (not of ability: "you can't cancel online" is the obstruction itself, and "no
 * longer" withdraws a way out). Fixed phrases that negate nothing ("no later than", "not only", "no matter") do not count.
 */
const NEGATOR_BEFORE =
  /(?<!\b(?:say|says|saying|said|answer|answering|choose|choosing|select|selecting|click|clicking|tap|tapping|press|pressing)\s"?)\b(?:no(?! (?:later|longer|sooner|matter|more than|less than)\b)|never|nothing|none|without|neither|nor|zero|not (?:a|any|one)|(?:don'?t|do not|doesn'?t|does not|won'?t|will not|didn'?t|did not|never) (?:need|have) to|no need to|(?:we|it|they|this|that) (?:don'?t|do not|doesn'?t|does not|won'?t|will not|never) (?:automatically |ever )?(?:add|charge|apply|include|renew|tick|select|pre-?select|enrol|enroll|bill|take|ask|require))\b/;
/** The cue's state or necessity denied right after it ("auto-renewal is off", "an account is not required", "fees are never added"). */
const DENIED_AFTER =
  /^[^.;:!?\n]{0,12}?\b(?:is|are|stays?|remains?|will (?:stay|remain|be))\s+(?:(?:switched|turned|set)\s+)?(?:off|disabled|not (?:needed|required|necessary|added|charged|applied|included|ticked|selected|active)|never (?:added|charged|applied|ticked|selected))\b/;

/**
 * The same negators in French, German, Spanish, Italian and Dutch (normalised: no diacritics). Those of existence or
 * "never" ("kein", "aucun", "geen", "sans", "sin", "senza", "jamais", "nunca") may stand one word before the cue, as "no"
 * and "never" do; the verb's "not" ("nicht", "pas", "non", "niet") only right before it, or before its copula ("nicht
 * vorausgewahlt", "n'est pas preselectionne", "non e preselezionata"), since English "not" before a cue negates a verb
 * ("ne comprend pas les frais": the price does not include the fee, which is then added). Not after a verb of ability
 * ("vous ne pouvez pas", "Sie konnen nicht": the obstruction itself). Spanish and Italian "no" is the English one above.
 */
const ML_NEGATOR_JUST_BEFORE =
  /(?<!\b(?:peut|peux|pouvez|pouvons|peuvent|possible|kann|kannst|konnen|konnt|moglich|puede|puedes|pueden|podemos|puo|possono|possibile|kan|kunt|kunnen|mogelijk)\s)\b(?:(?:kein(?:e|en|er|em|es)?|niemals|ohne|jamais|aucune?|sans|nunca|ningun[oa]?|sin|senza|nessun[oa]?|geen|nooit|zonder)\s+(?:[a-z']+\s+)?|(?:nicht|pas|non(?!-)|niet)\s+(?:(?:est|ist|e|es|esta|sont|sind|sono|is|zijn|wird|werden|sera)\s+)?)$/;

/** Whether the clause before a cue ends in a negator followed by at most MAX_WORDS_BETWEEN words. */
function negatesCue(clause: string): boolean {
  if (ML_NEGATOR_JUST_BEFORE.test(clause)) return true;
  const m = NEGATOR_BEFORE.exec(clause);
  if (m === null) return false;
  // The last negator counts (the regex finds the first; a clause rarely holds two).
  let last = m;
  const all = new RegExp(NEGATOR_BEFORE.source, 'g');
  for (let n = all.exec(clause); n !== null; n = all.exec(clause)) last = n;
  const between = clause.slice(last.index + last[0].length).match(WORD)?.length ?? 0;
  return between <= MAX_WORDS_BETWEEN;
}

/** The clause text before `start`, up to SCOPE_CHARACTERS long, from its last clause break on. */
function clauseBefore(segment: string, start: number): string {
  const window = segment.slice(Math.max(0, start - SCOPE_CHARACTERS), start);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m !== null; m = CLAUSE_BREAK.exec(window)) from = m.index + m[0].length;
  const clause = window.slice(from);
  // A comma ends the clause too, unless what follows it continues a list ("no service, booking or card fees").
  const comma = clause.lastIndexOf(',');
  return comma >= 0 && !LIST_GOES_ON.test(clause.slice(comma + 1)) ? clause.slice(comma + 1) : clause;
}
const LIST_GOES_ON = /\b(?:or|and|nor)\b/;

/**
 * Whether a pattern hit's cue is negated by its own clause: a negator of existence or necessity in the few words before
 * it (within the clause, so "no refunds, but a fee is added" is not negated), or the cue's state denied right after it.
 * A negation inside the hit belongs to the pattern itself and is not read here.
 */
export function isNegatedHit(segment: string, hit: PatternHit): boolean {
  if (!NEGATABLE_TACTICS.has(hit.label) && !NEGATABLE_STATE_CUES.has(hit.patternId)) return false;
  // A cue that opens a clause of its own ("… no reminder is sent before the charge") is outside the negation before it.
  if (OPENS_CLAUSE.test(segment.slice(hit.start, hit.end))) return DENIED_AFTER.test(segment.slice(hit.end, hit.end + 60));
  return negatesCue(clauseBefore(segment, hit.start)) || DENIED_AFTER.test(segment.slice(hit.end, hit.end + 60));
}

/**
 * A segment that states the absence or inclusion of a cost or demand ("there are no extra charges at checkout", "no code
 * needed", "price shown includes all taxes and fees"). The model, reading words such as "charges" and "checkout", may
 * still call it sneaking: with no pattern behind it, such a reading is the cue's own words read a second time, so a
 * model-only finding of a NEGATABLE tactic is not made there.
 */
const STATES_ABSENCE =
  /\b(?:no|without|never|zero|nothing|not any)\s+(?:[a-z-]+\s+){0,2}?(?:charges?|fees?|costs?|surcharges?|extras?|codes?|account|login|log-in|registration|sign-?up|subscription|contract|commitment|minimum term|strings attached)\b(?!\s+(?:until|unless|except|for the first|in the first))|\b(?:includes?|including|inclusive of) all (?:[a-z]+ )?(?:taxes|fees|charges|costs)\b|\ball (?:taxes|fees|charges|costs)(?: and (?:taxes|fees|charges|costs))? (?:are )?included\b/;
export function statesAbsence(segment: string): boolean {
  return STATES_ABSENCE.test(segment);
}

/** The regexes that read a segment here (the detector checks none can tell one digit from another). */
export const NEGATION_REGEXES: readonly RegExp[] = [STATES_ABSENCE, CLAUSE_BREAK, OPENS_CLAUSE, NEGATOR_BEFORE, ML_NEGATOR_JUST_BEFORE, DENIED_AFTER, WORD, LIST_GOES_ON];
