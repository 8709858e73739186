import { OFFER_TALK } from './clock-not-set-to-sell.ts';

/**
 * A hurry addressed to a named person ("hurry up Tom, the bus is here!", "¡Date prisa, Elena, que empieza!",
 * "Dépêche-toi, Hugo"): a word to someone in the room, read on the original text, whose capitals give the name away
 * (the lowercased detector cannot see them). A shop that puts the reader's name in its mail ("Hurry, Sam: 20 % off
 * ends tonight") still presses, so any word of an offer anywhere in the text (normalised) keeps the finding.
 */
const HURRY_THEN_NAME = /(?:\bhurry(?: up)?|\bcome on|\bquick|[Dd]ate prisa|[Dd][ée]p[êe]che-toi|\b[Bb]eeil dich|\b[Ss]brigati|\b[Aa]ffrettati|\b[Hh]aast je)\s*,?\s+(\p{Lu}\p{Ll}+)\s*[,!]/giu;
/** Capitalised words that address a crowd or a customer, not a person by name. */
const NOT_A_PERSON = /^(?:shoppers?|customers?|friends?|folks|everyone|everybody|people|guys|gang|team|members?|readers?|buyers?|fans?|families|parents|now|today|tonight|while|before|only|sir|madam|amigos?|todos|chicos|leute|alle|tutti|amici)$/i;

/** The urgency cues that can be a word to a person (pattern ids). */
export const ADDRESSABLE_HURRY_CUES: ReadonlySet<string> = new Set(['urgency.hurry', 'urgency.ml-hurry', 'urgency.quick-exclaim']);

/** Whether `text` (original) hurries a named person, with no word of an offer in `normalized` (normalised text). */
export function hurriesNamedPerson(text: string, normalized: string): boolean {
  if (OFFER_TALK.test(normalized)) return false;
  HURRY_THEN_NAME.lastIndex = 0;
  for (let m = HURRY_THEN_NAME.exec(text); m !== null; m = HURRY_THEN_NAME.exec(text)) {
    // The name must be written with a capital (the flag i would accept "hurry up now,").
    const name = m[1]!;
    if (name[0] === name[0]!.toUpperCase() && name[0] !== name[0]!.toLowerCase() && !NOT_A_PERSON.test(name)) return true;
  }
  return false;
}
