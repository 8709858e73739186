import { z } from 'zod';

/** How many makers one card may list, and how many product lines one maker may have (bounded: a card is brand text). */
export const MAKER_LINES_LIMITS = { makers: 64, linesPerMaker: 32, nameLength: 60 } as const;

/** A maker or line name as people type it: letters first, then letters, digits, spaces and the joins names use. */
const NameSchema = z
  .string()
  .min(2)
  .max(MAKER_LINES_LIMITS.nameLength)
  .regex(/^\p{L}[\p{L}\p{M}\p{N} '’&+.\-]*$/u, 'a name starts with a letter and holds only letters, digits, spaces and \' ’ & + . -');

/**
 * One maker a brand sells and the product lines people name it by ("Apple": "iPhone", "iPad"; "Amazon": "Kindle"),
 * protocol 1.2. The butler reads "not an iPhone" as "not Apple" only from what several cards agree on (see protocol.md).
 */
export const MakerLinesSchema = z.object({
  name: NameSchema.describe('The maker as its products state it ("De\'Longhi", "Black+Decker", "The North Face").'),
  lines: z.array(NameSchema).max(MAKER_LINES_LIMITS.linesPerMaker).optional().describe('Product lines or products people name instead of the maker ("iPhone", "Kindle", "Galaxy").'),
});
export type MakerLines = z.infer<typeof MakerLinesSchema>;

/** The card's optional `makers` list (protocol 1.2; absent from 1.0 and 1.1 cards, which readers accept as they are). */
export const MakersSchema = z.array(MakerLinesSchema).max(MAKER_LINES_LIMITS.makers);
