// A brand's server lets a kept-alive connection go when it sits idle (its keep-alive timeout); a request written on it
// just then dies with a reset before any answer. Seen under load as "fetch failed" on the first call after a pause
// (tests/security/hostile-http-brand's replay case, ECONNRESET): the butler would call a reachable brand unreachable.
// The bounded fetch sends such a request once more, on a new connection; a server that resets every connection fails.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoundedFetch } from '../../agent/transport/bounded-fetch.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server that resets the connection of its second request (as one closed while idle), or of every request. */
async function serve(resetEvery: boolean): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  server = createServer((req, res) => {
    requests += 1;
    const n = requests;
    req.resume();
    req.on('end', () => {
      if (resetEvery || n === 2) req.socket.resetAndDestroy();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ n }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`, requests: () => requests };
}

const post = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('a request on a connection the server had closed', () => {
  it('is sent once more on a new connection, and answered', async () => {
    const s = await serve(false);
    const boundedFetch = createBoundedFetch({ maxFrameBytes: 1 << 20 });
    expect(await (await boundedFetch(s.url, post('{"jsonrpc":"2.0","method":"ping","id":1}'))).json()).toEqual({ n: 1 });
    // The server resets the second request's connection before answering: sent again, it is answered.
    expect(await (await boundedFetch(s.url, post('{"jsonrpc":"2.0","method":"ping","id":2}'))).json()).toEqual({ n: 3 });
    expect(s.requests()).toBe(3);
  });

  it('a server that resets every connection still fails the call, after one more try', async () => {
    const s = await serve(true);
    const boundedFetch = createBoundedFetch({ maxFrameBytes: 1 << 20 });
    await expect(boundedFetch(s.url, post('{"jsonrpc":"2.0","method":"ping","id":1}'))).rejects.toThrow(/fetch failed/);
    expect(s.requests()).toBe(2);
  });
});
