import type { PressureTacticLabel } from '../../../protocol/index.ts';

/** One hand-written cue for a tactic: a regex over normalised (lowercased, folded) text and the precision we expect of it. */
export interface TacticPattern {
  readonly id: string;
  readonly label: PressureTacticLabel;
  readonly regex: RegExp;
  /** Prior probability that a match really is the tactic, before the model weighs in. */
  readonly weight: number;
  /** A cheap cue the text must contain before this pattern is tried (e.g. any sign of a language other than English). */
  readonly cue?: RegExp;
}

/** Builds a global regex from raw source parts, so shared fragments can be spliced in without double escaping. */
export function re(strings: TemplateStringsArray, ...parts: readonly string[]): RegExp {
  return new RegExp(String.raw(strings, ...parts), 'g');
}

/** Declares the patterns of one tactic with compact `[id, weight, regex]` rows. */
export function tacticPatterns(
  label: PressureTacticLabel,
  rows: readonly (readonly [id: string, weight: number, regex: RegExp])[],
  cue?: RegExp,
): TacticPattern[] {
  return rows.map(([id, weight, regex]) => ({ id: `${label}.${id}`, label, regex, weight, ...(cue ? { cue } : {}) }));
}

/**
 * A count as shoppers write it: digits (with separators or "+") or a small number word. An ordinal ("the 24th", "3rd")
 * is a date or a rank, never a count of buyers or units.
 */
export const NUM = String.raw`(?:\d[\d,.]{0,15}(?![\d,.]{0,16}(?:st|nd|rd|th)\b)\s*k?\+?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|a handful(?: of)?|few)`;
/** A clock or countdown reading: 9:58, 02:14:33. */
export const CLOCK = String.raw`\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?`;
/** A unit of time, short or long. */
export const TIME_UNIT = String.raw`(?:d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?|weeks?)`;
/** A duration such as "10 minutes", "4h 12m 08s", "3 days 4 hours". */
export const DURATION = String.raw`(?:\d+\s*${TIME_UNIT}\b(?:[\s,]*(?:and\s+)?\d+\s*${TIME_UNIT}\b)*)`;
/** Words that refer to the buyer's AI agent. */
export const AI_AGENT = String.raw`(?:ai|a\.i\.|llms?|large language models?|language models?|(?:ai |shopping |buying |buyer |purchasing |personal |automated |autonomous )?(?:assistants?|agents?)|automated (?:buyers?|shoppers?|systems?)|bots?|chatbots?|butlers?|gpts?|chatgpt|claude|gemini|copilot|models?|robots?|machines?)`;
/** Slang and short forms of "tomorrow". */
export const TOMORROW = String.raw`(?:tomorrow|tmrw|tmr|tomoz|tomorow|2moro|2morrow)`;
/** Words that refer to the person the AI acts for. */
export const PRINCIPAL = String.raw`(?:user|buyer|customer|client|principal|person|human|consumer|shopper|owner|boss|master)`;

/**
 * Signs that normalised text is French, German, Spanish, Italian or Dutch: common function words and the stems the
 * non-English patterns rest on. One cheap test per text lets English text skip those patterns entirely.
 */
export const NON_ENGLISH_CUE =
  /\b(?:de|en|y|i|al|esta|este|tus|mi|ein|eine|einen|dell|notre|angebot|gracias|grazie|merci|danke|bedankt|niets|uur|le|la|les|des|du|un|une|est|et|pour|par|que|qui|ne|pas|plus|vous|tu|votre|nous|und|der|die|das|den|dem|ist|nicht|nur|noch|sie|ich|auf|mit|zu|ihr|bitte|el|los|las|es|por|para|con|una|del|su|il|di|che|per|non|gli|della|het|een|niet|van|voor|je|ons|om|te|op|bij|naar|deze|dit|quasi|casi|bijna|iban|dai|dagli|degli|dei|delle|nel|nella|nell|alla|alle|sono|questo|questa|adesso|subito|ahora|jetzt|maintenant|sbrigati|affrettati|depechez|depeche|beeil\w*|schnell|prisa|haast|ki|ia|systeme|systeem|sistema|unidades|pezzi|stuks|stuck|exemplare|personas|persone|personnes|mensen|kunden|clientes|clienti|klanten)\b|aujourd'hui|heute|hoy|oggi|vandaag|dans|offre|oferta|offerta|aanbieding|uniquement|seulement|valable|gultig|solamente|soltanto|alleen|verkauft|verkocht|gekauft|gebucht|jemand|gerade|esaurit|agotad|epuis|\w(?:ung|heit|keit|cion|zione|ieren)\b/;
