import { describe, expect, it } from 'vitest';
import { splitVerbatim, type WorkMeter } from '../../agent/need/gloss/verbatim-spans.ts';
import { ADVERSARIAL_SHAPES } from './adversarial-texts.ts';
import { xorshiftBytes } from './xorshift-bytes.ts';

// Reading a pasted blob must cost work in proportion to its length (needspeed40): a hex dump of 3,899 characters took
// 10 s of CPU in the refusal reader, 4,000 emoji or € signs a quadratic split around quotes and addresses. Work is
// counted here, never timed.

/** The pattern the verbatim spans were cut by, kept as their definition. */
const VERBATIM = /("[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+)/u;

describe('verbatim spans (quotes, links, addresses) are found in one pass', () => {
  it('cuts every adversarial shape as the pattern does', () => {
    for (const shape of ADVERSARIAL_SHAPES) expect(splitVerbatim(shape.text(500)), shape.name).toEqual(shape.text(500).split(VERBATIM));
  });

  it('cuts short random texts of quote marks, @, dots, links and surrogates as the pattern does', () => {
    const atoms = [' ', '\n', '"', '“', '”', '«', '»', '„', '@', '.', 'a', '_', '-', 'http://', 'https://', 'www.', 'x@y.z', '😀', '\uD83D', '\u00a0', 'é'];
    const bytes = xorshiftBytes(40_000, 4040);
    for (let c = 0; c < 2_000; c += 1) {
      const row = bytes.subarray(c * 20, c * 20 + 20);
      const text = Array.from(row.subarray(1, 1 + (row[0]! % 19)), (b) => atoms[b % atoms.length]).join('');
      expect(splitVerbatim(text), JSON.stringify(text)).toEqual(text.split(VERBATIM));
    }
  });

  it('looks at each character of a 4,000-character adversarial text a bounded number of times', () => {
    for (const shape of ADVERSARIAL_SHAPES) {
      const text = shape.text(4_000);
      const work: WorkMeter = { steps: 0 };
      splitVerbatim(text, work);
      // One visit per position and one read per character for each of the seven marks looked for.
      expect(work.steps, shape.name).toBeLessThanOrEqual(8 * text.length);
    }
  });
});
