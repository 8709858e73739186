// utf8BytesOver skips the byte count of a text too short to be over the limit (3 bytes per UTF-16 unit at most): it
// must answer exactly what counting would, on both sides of the limit, for every kind of character.
import { describe, expect, it } from 'vitest';
import { utf8BytesOver } from '../../protocol/index.ts';

describe('utf8BytesOver', () => {
  it('answers as a byte count does, around the limit, for 1-, 2-, 3- and 4-byte characters and lone surrogates', () => {
    for (const unit of ['x', 'é', '€', '\u{1F45F}', '\ud800', '"']) {
      for (let length = 0; length <= 40; length++) {
        const text = unit.repeat(length);
        for (let limit = 0; limit <= 130; limit++) {
          const bytes = Buffer.byteLength(text, 'utf8');
          expect(utf8BytesOver(text, limit), `${JSON.stringify(unit)} × ${length}, limit ${limit}`).toBe(bytes > limit ? bytes : undefined);
        }
      }
    }
  });
});
