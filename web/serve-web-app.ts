import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { applyHttpServeLimits, httpServeLimits, httpServerOptionsOf, type HttpServeLimits } from '../protocol/index.ts';

/** Where to listen. */
export interface ServeWebAppOptions {
  /** Interface to bind (default 127.0.0.1: the app is never exposed unless asked). */
  readonly host?: string;
  /** Port; 0 picks a free one (default 8700). */
  readonly port?: number;
  /**
   * How long a client may take to send its headers and its request, how long an idle connection stays open (the
   * defaults of every server reachable by a client it does not control: `HTTP_SERVE_LIMITS`). The body cap is the
   * app's (`WebAppDeps.maxBodyBytes`).
   */
  readonly limits?: Partial<Omit<HttpServeLimits, 'maxBodyBytes'>>;
}

/** A listening web app. */
export interface RunningWebApp {
  /** The base URL, e.g. http://127.0.0.1:8700 (without the token). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Stops accepting connections, lets requests in flight finish for up to `graceMs`, then closes the rest. */
  close(graceMs?: number): Promise<void>;
}

/** Whether a host name or address is the loopback interface. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Serves the app over HTTP with Node's server, on 127.0.0.1 by default, with the slow-client limits a public brand
 * server has (`options.limits`): a page reachable beyond loopback (`--host`) meets the same clients.
 */
export async function serveWebApp(app: Hono, options: ServeWebAppOptions = {}): Promise<RunningWebApp> {
  const host = options.host ?? '127.0.0.1';
  const limits = httpServeLimits(options.limits);
  const server = applyHttpServeLimits(createAdaptorServer({ fetch: app.fetch, hostname: host, serverOptions: httpServerOptionsOf(limits) }) as Server, limits);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8700, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    host,
    port,
    close: (graceMs = 2_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
