import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { openButler, type ButlerSession } from '../../app/index.ts';
import { serveBrandOverHttp, type HttpBrandServer } from '../../brand-agent/index.ts';
import { TOKEN_HEADER, createWebApp, loadOrCreateWebToken, type WebAppDeps } from '../../web/index.ts';
import { evilBrand } from './evil-brand.ts';

/** The fixed market time of every web test. */
export const FIXED_NOW = '2026-11-23T10:00:00.000Z';
/** The fixed seed of every web test. */
export const SEED = 7;
/** The origin `app.request()` uses for relative paths. */
export const ORIGIN = 'http://localhost';

/** A web app over a fresh in-memory butler on the demo market (or a brands.json), with a fixed clock and seed. */
export interface TestApp {
  readonly app: Hono;
  readonly session: ButlerSession;
  readonly token: string;
  close(): Promise<void>;
}

/** Opens a butler with a fixed clock and seed (`SEED` unless one is given) (and no language model unless `env` configures one) and builds the web app over it. */
export async function openTestApp(options: { brandsFile?: string; dbPath?: string; deps?: Partial<WebAppDeps>; env?: NodeJS.ProcessEnv; seed?: number } = {}): Promise<TestApp> {
  const clock = () => new Date(FIXED_NOW);
  const session = await openButler({ dbPath: options.dbPath ?? ':memory:', env: options.env ?? {}, clock, seed: options.seed ?? SEED, ...(options.brandsFile ? { brandsFile: options.brandsFile } : {}) });
  const token = loadOrCreateWebToken(options.dbPath ?? ':memory:', clock());
  const app = createWebApp({ session, token, reportsDir: join(tmpdir(), 'majordome-no-reports'), now: () => Date.parse(FIXED_NOW), log: () => {}, ...options.deps });
  return { app, session, token, close: () => session.close() };
}

/** Serves the hostile brand over Streamable HTTP on 127.0.0.1 and writes a brands.json with it and two demo brands. */
export async function evilMarket(): Promise<{ brandsFile: string; server: HttpBrandServer }> {
  const server = await serveBrandOverHttp(evilBrand(() => new Date(FIXED_NOW)));
  const dir = mkdtempSync(join(tmpdir(), 'majordome-evil-'));
  const brandsFile = join(dir, 'brands.json');
  writeFileSync(
    brandsFile,
    JSON.stringify({ brands: [{ id: 'evil-shop', kind: 'http', url: server.url }, { id: 'trailco', kind: 'builtin' }, { id: 'stride-lab', kind: 'builtin' }] }),
  );
  return { brandsFile, server };
}

/** A JSON request with the token header (unless `token` is null) and same-origin headers. */
export function jsonRequest(app: Hono, method: string, path: string, body: unknown, options: { token?: string | null; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin: ORIGIN, ...options.headers };
  if (options.token) headers[TOKEN_HEADER] = options.token;
  return Promise.resolve(app.request(path, { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }));
}

/** A GET with the token header. */
export function authedGet(app: Hono, path: string, token: string): Promise<Response> {
  return Promise.resolve(app.request(path, { headers: { [TOKEN_HEADER]: token } }));
}

/** One Server-Sent Event. */
export interface SseEvent {
  readonly event: string;
  readonly data: unknown;
}

/** Reads a whole text/event-stream body into its events (data parsed as JSON). */
export async function readSse(response: Response): Promise<SseEvent[]> {
  const text = await response.text();
  const events: SseEvent[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length) events.push({ event, data: JSON.parse(data.join('\n')) as unknown });
  }
  return events;
}
