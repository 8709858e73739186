// Child-process entry for the diagnostics test: leaks abort listeners onto one long-lived signal the way undici did
// with the MCP SDK's connection signal (undici raises the signal's limit to 1,500 first), then waits to be measured.
import { setMaxListeners } from 'node:events';

const connection = new AbortController();
setMaxListeners(1_500, connection.signal);
const count = Number(process.argv[2] ?? 1_600);
for (let i = 0; i < count; i++) connection.signal.addEventListener('abort', () => undefined);
process.stdout.write('leaked\n');
setInterval(() => connection.signal.aborted, 1_000);
