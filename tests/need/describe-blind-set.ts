import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './unseen-requests-judge.ts';
import { UNSEEN_NOW, type UnseenRow } from './unseen-requests-table.ts';

/** What a blind request table must be: its size, how many rows are in French, and the clock its deadlines are read at. */
export interface BlindSetShape {
  readonly rows: number;
  readonly french: number;
  /** The table's own clock (default `UNSEEN_NOW`, the first table's). */
  readonly now?: Date;
}

/**
 * The three tests every blind request table gets: its shape (size, French rows, no repeated request), every row read
 * right but its known gaps while every known gap still fails (a gap that closes must be removed), and known gaps that
 * are rows of the table.
 */
export function describeBlindSet(title: string, table: readonly UnseenRow[], knownGaps: ReadonlyMap<string, string>, shape: BlindSetShape): void {
  describe(title, () => {
    it(`has ${shape.rows} distinct requests, ${shape.french} in French`, () => {
      expect(table.length).toBe(shape.rows);
      expect(table.filter((r) => r.lang === 'fr').length).toBe(shape.french);
      expect(new Set(table.map((r) => r.text)).size).toBe(shape.rows);
    });

    it('reads every request right but the known gaps, and every known gap still fails', () => {
      const { report, unexpected, closed } = judgeBlindSet(table, knownGaps, shape.now ?? UNSEEN_NOW);
      console.log(report);
      expect(unexpected, report).toEqual([]);
      expect(closed, 'known gaps that now read right: remove them from KNOWN_GAPS').toEqual([]);
    });

    it('lists only rows of the table as known gaps', () => {
      const texts = new Set(table.map((r) => r.text));
      expect([...knownGaps.keys()].filter((t) => !texts.has(t))).toEqual([]);
    });
  });
}
