import { spawn } from 'node:child_process';
import { TOKEN_HEADER } from '../web/index.ts';
import { MAJORDOME, ROOT, stopChild, type BrandFleet } from './brand-fleet.ts';
import { DiagnosedProcess, diagnosticsNodeOptions } from './diagnosed-process.ts';
import { driveSoak, type SoakRun } from './drive-soak.ts';
import { SHOPPING_REQUESTS } from './shopping-requests.ts';

/** Reads a chat answer (an event stream) and says whether it ended with a ranked result and `done`. */
async function answeredWithResult(response: Response): Promise<boolean> {
  const text = await response.text();
  return response.ok && /(^|\n)event: result\r?\n/.test(text) && /(^|\n)event: done\r?\n/.test(text);
}

/**
 * The web app soak: `majordome serve` (with diagnostics preloaded) over the fleet's brands, answering shopping
 * requests posted to /api/chat with the install's token, as the page does.
 */
export async function soakServe(options: { home: string; fleet: BrandFleet; requests: number; concurrency: number; log: (line: string) => void }): Promise<{ run: SoakRun; printedWarnings: string[] }> {
  const { home, fleet, log } = options;
  const child = spawn(MAJORDOME[0], [MAJORDOME[1], 'serve', '--port', '0', '--brands', fleet.brandsFile], {
    cwd: ROOT,
    env: { ...process.env, MAJORDOME_HOME: home, NODE_OPTIONS: diagnosticsNodeOptions() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const target = DiagnosedProcess.watch(child, (line) => log(`  [serve stderr] ${line}`));
  try {
    const opened = await new Promise<URL>((done, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error('majordome serve printed no URL within 120 s')), 120_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Open (http:\/\/\S+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          const serving = Number(/serving (\d+) brands/.exec(out)?.[1] ?? 0);
          // A soak with a brand missing would measure less traffic than it claims.
          if (serving !== fleet.ids.length) fail(new Error(`majordome serve reached ${serving} of ${fleet.ids.length} brands`));
          else done(new URL(match[1]!));
        }
      });
      child.once('exit', (code) => fail(new Error(`majordome serve exited with ${code}`)));
    });
    const token = opened.searchParams.get('token') ?? '';
    const chatUrl = new URL('/api/chat', opened.origin);
    log(`majordome serve (pid ${child.pid}) at ${opened.origin}, brands ${fleet.ids.join(', ')}`);
    const run = await driveSoak(
      {
        requests: options.requests,
        concurrency: options.concurrency,
        async request(index) {
          const response = await fetch(chatUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
            body: JSON.stringify({ text: SHOPPING_REQUESTS[index % SHOPPING_REQUESTS.length] }),
          });
          return answeredWithResult(response);
        },
      },
      target,
      log,
    );
    return { run, printedWarnings: target.printedWarnings() };
  } finally {
    await stopChild(child);
  }
}
