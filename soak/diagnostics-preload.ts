// Opt-in diagnostics for soak runs, never loaded by default. Preload it into a long-running majordome process:
//   NODE_OPTIONS="--expose-gc --import tsx --import /abs/path/soak/diagnostics-preload.ts" majordome serve
// then `kill -USR2 <pid>`: one line `MAJORDOME_DIAGNOSTICS {json}` (see ProcessFiguresSchema) goes to stderr.
import { installAbortListenerCensus } from './abort-listener-census.ts';
import { DIAGNOSTICS_LINE_PREFIX } from './diagnostics-line.ts';
import { measureProcess } from './process-figures.ts';

const census = installAbortListenerCensus();
const warnings: string[] = [];
process.on('warning', (warning) => {
  if (warnings.length < 100) warnings.push(`${warning.name}: ${warning.message}`);
});
process.on('SIGUSR2', () => {
  void measureProcess(census, warnings).then((figures) => process.stderr.write(`${DIAGNOSTICS_LINE_PREFIX}${JSON.stringify(figures)}\n`));
});
