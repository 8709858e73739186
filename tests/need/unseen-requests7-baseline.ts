/**
 * One-off baseline of the blind requests7 table: reads every row with the deterministic engine against the demo market,
 * prints each failing row with its failures, then the count right/total and the failures by kind.
 * Run: `node bin/run-ts.js tests/need/unseen-requests7-baseline.ts` (not a vitest file: the table was written blind).
 */
import { FAILURE_KINDS, judgeUnseen, readUnseen, type FailureKind } from './unseen-requests-judge.ts';
import { UNSEEN_REQUESTS_7 } from './unseen-requests7-table.ts';

const byKind = new Map<FailureKind, number>(FAILURE_KINDS.map((k) => [k, 0]));
let right = 0;
UNSEEN_REQUESTS_7.forEach((row, i) => {
  const failures = judgeUnseen(row, readUnseen(row));
  if (failures.length === 0) {
    right += 1;
    return;
  }
  console.log(`#${i + 1} [${row.lang}] ${row.text}`);
  for (const f of failures) {
    byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
    console.log(`    ${f.kind}: ${f.detail}`);
  }
});
console.log(`\n${right}/${UNSEEN_REQUESTS_7.length} rows read right`);
console.log(`failures by kind: ${[...byKind].filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')}`);
