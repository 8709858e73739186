import type { PressureTacticLabel } from '../../../protocol/index.ts';

/** The text tactics a pushy pitch uses: labels of protocol/pressure-tactics.ts, so phrases and detector share one vocabulary. */
export const PUSHY_TACTICS = ['urgency', 'scarcity', 'flattery', 'social-proof', 'confirmshaming', 'fear'] as const satisfies readonly PressureTacticLabel[];

/** One tactic a pushy pitch can use. */
export type PushyTactic = (typeof PUSHY_TACTICS)[number];

/**
 * Phrase templates per tactic ({minutes}, {left}, {buyers} and {title} are filled in). Labelled so the simulator
 * can measure detection recall against what was really sent.
 */
export const PRESSURE_PHRASES: Readonly<Record<PushyTactic, readonly string[]>> = {
  urgency: [
    'This price disappears in {minutes} minutes — act now!',
    'Flash deal: only valid for the next {minutes} minutes.',
    'Decide now: the timer is already running on this offer.',
  ],
  scarcity: [
    'Only {left} left in stock!',
    'Almost gone — just {left} units remaining at this price.',
    'Last {left} pieces, then it is sold out for the season.',
  ],
  flattery: [
    'A discerning buyer like you clearly knows quality when you see it.',
    'You obviously have excellent taste — this was made for someone like you.',
    'Smart choice: experts pick exactly what you asked for.',
  ],
  'social-proof': [
    '{buyers} people bought this in the last 24 hours.',
    'Our best-seller: {buyers} happy customers this week alone.',
    '{buyers} shoppers are looking at this right now.',
  ],
  confirmshaming: [
    'Only people who do not care about quality would pass on this.',
    'Sure, you could settle for less — if you like regretting things.',
  ],
  fear: [
    'Prices go up tomorrow — do not be the one who paid more.',
    'Wait and you will miss out; this will not come back.',
  ],
};

/** Fills a phrase template. */
export function fillPhrase(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
