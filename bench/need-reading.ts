import { understandNeedText } from '../agent/need/index.ts';
import { ADVERSARIAL_SHAPES } from '../tests/need/adversarial-texts.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';

const LENGTHS = [500, 1_000, 2_000, 4_000] as const;
/** Readings per length; the least CPU is kept, so a busy machine adds less noise. */
const REPEATS = 3;
const CONTEXT = { defaultCurrency: 'EUR', now: new Date('2029-03-06T10:00:00Z') } as const;

/** CPU ms (user + system) of the least costly of REPEATS readings of a text. */
function readingCpuMs(text: string): number {
  let least = Infinity;
  for (let r = 0; r < REPEATS; r += 1) {
    const since = process.cpuUsage();
    understandNeedText(text, CONTEXT);
    const used = process.cpuUsage(since);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/**
 * Reading pasted or adversarial texts (hex dumps, base64, runs of numbers, signs, emoji, blank lines…) costs CPU in
 * proportion to their length: CPU ms per 1,000 characters at 500 to 4,000 characters (requests are read up to 4,000),
 * and the ratio of the 4,000-character reading to the 1,000-character one (linear ≈ 4, quadratic ≈ 16).
 */
export const needReadingSuite: BenchSuite = {
  name: 'need-reading',
  async run(log) {
    readingCpuMs('running shoes size 43 under 100 euros'); // loads the lexicons and warms the reader up
    log(`${'shape'.padEnd(18)}${LENGTHS.map((n) => `${n} chars`.padStart(13)).join('')}   4,000÷1,000   (CPU ms per 1,000 chars)`);
    const targets: BenchTarget[] = [];
    for (const shape of ADVERSARIAL_SHAPES) {
      const ms = LENGTHS.map((n) => readingCpuMs(shape.text(n)));
      const ratio = ms[3]! / Math.max(ms[1]!, 0.1);
      log(`${shape.name.padEnd(18)}${ms.map((m, k) => ((m * 1000) / LENGTHS[k]!).toFixed(1).padStart(13)).join('')}   ${ratio.toFixed(1).padStart(11)}`);
      targets.push(
        { label: `reading "${shape.name}" at 4,000 chars, CPU per 1,000 chars`, measured: ms[3]! / 4, unit: 'ms', target: '≤ 100', met: ms[3]! / 4 <= 100 },
        { label: `reading "${shape.name}", CPU at 4,000 chars ÷ at 1,000`, measured: ratio, unit: '×', target: '≤ 8 (linear ≈ 4)', met: ratio <= 8 },
      );
    }
    return targets;
  },
};
