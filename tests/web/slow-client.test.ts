// mendleft39 finding 4: the web page's own HTTP server met slow clients with Node's defaults (headers 60 s, a whole
// request 300 s, looked for every 30 s), where the brand server got limits in redteam38. It now takes the same limits
// from one helper (protocol/http-serve-limits.ts), configurable (`serveWebApp` limits, `majordome serve` flags), with a
// configurable body cap (`maxBodyBytes`). Over real sockets, with short limits so the test is quick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawSocket, sleep, trickle } from '../support/slow-socket.ts';
import { serveCommand } from '../../cli/commands/serve.ts';
import { TOKEN_HEADER, serveWebApp, type RunningWebApp } from '../../web/index.ts';
import { runCommand } from '../cli/cli-io.ts';
import { openTestApp, type TestApp } from './web-fixtures.ts';

const LIMITS = { headersTimeoutMs: 400, requestTimeoutMs: 900, keepAliveTimeoutMs: 3_000 };
const MAX_BODY = 2_048;

let t: TestApp;
let server: RunningWebApp;

beforeAll(async () => {
  t = await openTestApp({ deps: { maxBodyBytes: MAX_BODY } });
  server = await serveWebApp(t.app, { port: 0, limits: LIMITS });
});
afterAll(async () => {
  await server.close(100);
  await t.close();
});

const head = () => `POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: http://127.0.0.1:${server.port}\r\nContent-Type: application/json\r\n${TOKEN_HEADER}: ${t.token}\r\n`;

describe('a slow client against the web page’s server', () => {
  it('one sending its headers a byte at a time is answered 408 and cut within the headers time', async () => {
    const c = rawSocket(server.port);
    await c.opened;
    trickle(c.socket, `${head()}X-Padding: ${'p'.repeat(500)}\r\n\r\n`, 50);
    await sleep(LIMITS.headersTimeoutMs + 2_500);
    expect(c.closedAfter()).toBeDefined();
    expect(c.closedAfter()!).toBeLessThan(LIMITS.headersTimeoutMs + 2_000);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
  }, 10_000);

  it('one trickling its body is answered 408 and cut within the request time', async () => {
    const c = rawSocket(server.port);
    await c.opened;
    const body = JSON.stringify({ text: 'trail shoes' }).padEnd(1_500, ' ');
    c.socket.write(`${head()}Content-Length: ${body.length}\r\n\r\n`);
    trickle(c.socket, body, 40);
    await sleep(LIMITS.requestTimeoutMs + 2_500);
    expect(c.closedAfter()).toBeDefined();
    expect(c.closedAfter()!).toBeLessThan(LIMITS.requestTimeoutMs + 2_000);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
  }, 10_000);

  it('a body over the configured cap is answered 413 without being read; the server keeps serving', async () => {
    const c = rawSocket(server.port);
    await c.opened;
    c.socket.write(`${head()}Content-Length: ${MAX_BODY + 1}\r\n\r\n`);
    await sleep(500);
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
    c.socket.destroy();
    const page = await fetch(`${server.url}/?token=${t.token}`);
    expect(page.status).toBeLessThan(500);
  }, 10_000);
});

describe('the limits of the web page’s server', () => {
  it('refuse what a server cannot use, from the app, the server and the serve command', async () => {
    await expect(serveWebApp(t.app, { port: 0, limits: { headersTimeoutMs: 5_000, requestTimeoutMs: 1_000 } })).rejects.toThrow(RangeError);
    await expect(openTestApp({ deps: { maxBodyBytes: 0 } })).rejects.toThrow(RangeError);
    await expect(runCommand(serveCommand, ['--headers-timeout', '5000', '--request-timeout', '1000'], {})).rejects.toThrow(/--request-timeout \(1000 ms\) must be at least --headers-timeout \(5000 ms\)/);
    await expect(runCommand(serveCommand, ['--max-body', '1.5'], {})).rejects.toThrow(/--max-body must be a positive whole number/);
  });
});
