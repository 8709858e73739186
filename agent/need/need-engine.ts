import { z } from 'zod';
import type { MarketVocabulary } from './market-vocabulary.ts';
import { NeedSchema, PartialNeedSchema } from './need.ts';
import type { PartialNeed } from './need.ts';

/** Human-readable notes attached to an understanding (assumptions made, things not understood). */
const NotesSchema = z.array(z.string().max(300)).max(64);

/** The result of reading a request: a complete need, a clarifying question, or a request outside known categories. */
export const UnderstandingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('need'),
    need: NeedSchema,
    /** Defaults and interpretations applied (currency, quantity 1, typo corrections, resolved dates). */
    assumptions: NotesSchema,
    /** Words or values that carried meaning but could not be used. */
    notUnderstood: NotesSchema,
  }),
  z.object({
    kind: z.literal('clarify'),
    question: z.string().min(1).max(500),
    /** What is missing: "category" or an attribute name such as "size_eu". */
    missing: z.array(z.string().min(1).max(64)).min(1).max(8),
    /** Everything understood so far; pass it back as `context.previous` with the answer. */
    partial: PartialNeedSchema,
    notUnderstood: NotesSchema,
    /**
     * Why it asks, when it is not for a missing detail: `not-understood`, nothing in the request could be read as words
     * naming a need (a link alone, pasted random characters, keyboard mash); no brand is asked.
     */
    reason: z.enum(['not-understood']).optional(),
  }),
  z.object({
    kind: z.literal('unsupported'),
    message: z.string().min(1).max(500),
    notUnderstood: NotesSchema,
  }),
]);
export type Understanding = z.infer<typeof UnderstandingSchema>;

/** What an engine needs besides the text: the clock, the person's default currency and any pending partial need. */
export interface NeedContext {
  /** The current time; relative deadlines ("by Friday") are resolved against it, in UTC. */
  readonly now: Date;
  /** ISO 4217 code used when the request names no currency. */
  readonly defaultCurrency: string;
  /** The partial need of a clarifying question the text answers. */
  readonly previous?: PartialNeed;
  /**
   * What the connected brands sell (`marketVocabularyOf(cards)`): categories and their declared attributes. Absent,
   * the three built-in categories are assumed.
   */
  readonly market?: MarketVocabulary;
}

/** Turns free text into a typed need; the deterministic engine is the default, an LLM engine can sit behind the same interface. */
export interface NeedEngine {
  readonly name: string;
  understand(text: string, context: NeedContext): Promise<Understanding>;
}
