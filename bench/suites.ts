import type { BenchSuite } from './bench-case.ts';
import { transportSuite } from './transport.ts';
import { butlerSuite } from './butler.ts';
import { ledgerSuite } from './ledger.ts';
import { simSuite } from './sim.ts';
import { decisionsSuite } from './decisions.ts';
import { openWorldSuite } from './open-world.ts';
import { simQueueSuite } from './sim-queue.ts';
import { demoMarketSuite } from './demo-market.ts';
import { needReadingSuite } from './need-reading.ts';

/** Every benchmark suite `npm run bench` runs, in order. Add one line per suite. */
export const suites: readonly BenchSuite[] = [
  transportSuite,
  butlerSuite,
  ledgerSuite,
  simSuite,
  decisionsSuite,
  openWorldSuite,
  simQueueSuite,
  demoMarketSuite,
  needReadingSuite,
];
