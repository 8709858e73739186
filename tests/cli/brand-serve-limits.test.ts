import { describe, expect, it } from 'vitest';
import { runMajordome } from './cli-io.ts';

// Red team 38: `brand serve --port` had no way to set the HTTP limits a public brand server needs against slow clients.
const cli = (args: string[]) => runMajordome(args, { MAJORDOME_HOME: '/nonexistent-majordome-home' });

describe('majordome brand serve HTTP limits', () => {
  it('(fixed) refuses unusable limits, and limits with --stdio, as usage errors before serving', async () => {
    for (const [args, message] of [
      [['--headers-timeout', '0'], '--headers-timeout must be a positive whole number, got "0"'],
      [['--max-body', '1e6'], '--max-body must be a positive whole number, got "1e6"'],
      [['--headers-timeout', '20000', '--request-timeout', '5000'], '--request-timeout (5000 ms) must be at least --headers-timeout (20000 ms)'],
    ] as const) {
      const r = await cli(['brand', 'serve', 'trailco', '--port', '0', ...args]);
      expect([r.code, r.err]).toEqual([2, expect.stringContaining(message)]);
    }
    const stdio = await cli(['brand', 'serve', 'trailco', '--stdio', '--request-timeout', '50000']);
    expect([stdio.code, stdio.err]).toEqual([2, expect.stringContaining('the HTTP limits apply to HTTP (--port), not --stdio')]);
  });
});
