import { suites } from './suites.ts';
import type { BenchTarget } from './bench-case.ts';

// `npm run bench [suite-name...] [-- --option value ...]`: runs the suites and prints a summary of targets met.
// Arguments naming a suite select it; the rest are options a suite may read (e.g. `decisions -- --seeds 3`).
const wanted = process.argv.slice(2).filter((a) => suites.some((s) => s.name === a));
const selected = wanted.length === 0 ? suites : suites.filter((s) => wanted.includes(s.name));
const results: Array<BenchTarget & { suite: string }> = [];
for (const suite of selected) {
  console.log(`\n== ${suite.name} ==`);
  const targets = await suite.run((line) => console.log(line));
  results.push(...targets.map((t) => ({ ...t, suite: suite.name })));
}
console.log('\n== targets ==');
for (const r of results) {
  const value = Number.isInteger(r.measured) ? String(r.measured) : r.measured.toPrecision(4);
  console.log(`${r.met ? 'MET ' : 'MISS'}  [${r.suite}] ${r.label}: ${value} ${r.unit} (target ${r.target})`);
}
process.exitCode = 0;
