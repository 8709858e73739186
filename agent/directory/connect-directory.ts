import type { McpTransport as Transport } from '../transport/index.ts';
import { BrandClient, describeEndpoint, type BrandCallError, type BrandEndpoint } from '../transport/index.ts';
import type { BrandDirectory, BrandDirectoryEntry } from './brand-directory.ts';

/** Links a built-in brand in-process; supplied by the composition root (the agent never imports brand code). */
export type BuiltinBrandLinker = (id: string) => Promise<{ transport: Transport; close(): Promise<void> }>;

/** A reachable brand: its client and per-brand limits. */
export interface ConnectedBrand {
  readonly id: string;
  readonly client: BrandClient;
  readonly callTimeoutMs: number;
  readonly endpoint: string;
}

/**
 * What connecting taught about identities: an endpoint whose card announced another id than its entry. The entry is
 * left out (a brand is the connection the person configured) and the announced id is never trusted with anything,
 * not even a link: linking it would let any endpoint taint the brand whose id it borrows.
 */
export type IdentityNotice = { readonly kind: 'card-id-mismatch'; readonly id: string; readonly announcedId: string; readonly endpoint: string };

/** The brands the butler could reach, and those it could not (with why). */
export interface ConnectedDirectory {
  readonly brands: readonly ConnectedBrand[];
  readonly unreachable: ReadonlyArray<{ id: string; endpoint: string; error: BrandCallError }>;
  /** Identity findings, for the ledger (violations count against the configured entry, links join its identities). */
  readonly identityNotices: readonly IdentityNotice[];
  close(): Promise<void>;
}

async function connectOne(
  entry: BrandDirectoryEntry,
  linkBuiltin: BuiltinBrandLinker | undefined,
): Promise<{ ok: true; brand: ConnectedBrand; close: () => Promise<void> } | { ok: false; endpoint: string; error: BrandCallError; announcedId?: string }> {
  let endpoint: BrandEndpoint;
  let closeLink: () => Promise<void> = async () => undefined;
  if (entry.kind === 'builtin') {
    if (!linkBuiltin) return { ok: false, endpoint: `builtin:${entry.id}`, error: { code: 'CONNECTION_FAILED', message: 'no built-in market available' } };
    try {
      const link = await linkBuiltin(entry.id);
      endpoint = { kind: 'transport', transport: link.transport, label: `builtin:${entry.id}` };
      closeLink = link.close;
    } catch (error) {
      return { ok: false, endpoint: `builtin:${entry.id}`, error: { code: 'CONNECTION_FAILED', message: (error as Error).message } };
    }
  } else if (entry.kind === 'stdio') {
    endpoint = { kind: 'stdio', command: entry.command, args: entry.args, ...(entry.env ? { env: entry.env } : {}), ...(entry.cwd ? { cwd: entry.cwd } : {}) };
  } else {
    endpoint = { kind: 'http', url: entry.url };
  }
  const connected = await BrandClient.connect(endpoint, { connectTimeoutMs: entry.connectTimeoutMs, callTimeoutMs: entry.callTimeoutMs });
  if (!connected.ok) {
    await closeLink();
    return { ok: false, endpoint: describeEndpoint(endpoint), error: connected.error };
  }
  const client = connected.value;
  if (client.card.id !== entry.id) {
    // The identity is the entry the person configured; a card claiming another id is not trusted with anything.
    await client.close().catch(() => undefined);
    await closeLink();
    return {
      ok: false,
      endpoint: describeEndpoint(endpoint),
      announcedId: client.card.id,
      error: {
        code: 'INVALID_RESPONSE',
        message: `its card announces the id "${client.card.id}" but brands.json calls it "${entry.id}"; a brand is the entry you configured, so it was not connected`,
      },
    };
  }
  return {
    ok: true,
    brand: { id: entry.id, client, callTimeoutMs: entry.callTimeoutMs, endpoint: describeEndpoint(endpoint) },
    close: async () => {
      await client.close();
      await closeLink();
    },
  };
}

/** Connects every enabled brand of a directory concurrently; failures are reported, never thrown. */
export async function connectDirectory(directory: BrandDirectory, linkBuiltin?: BuiltinBrandLinker): Promise<ConnectedDirectory> {
  const entries = directory.brands.filter((b) => b.enabled);
  const results = await Promise.all(entries.map((entry) => connectOne(entry, linkBuiltin)));
  const brands: ConnectedBrand[] = [];
  const closers: Array<() => Promise<void>> = [];
  const unreachable: Array<{ id: string; endpoint: string; error: BrandCallError }> = [];
  const identityNotices: IdentityNotice[] = [];
  results.forEach((result, i) => {
    const id = entries[i]!.id;
    if (result.ok) {
      brands.push(result.brand);
      closers.push(result.close);
    } else {
      unreachable.push({ id, endpoint: result.endpoint, error: result.error });
      if (result.announcedId !== undefined) identityNotices.push({ kind: 'card-id-mismatch', id, announcedId: result.announcedId, endpoint: result.endpoint });
    }
  });
  return {
    brands,
    unreachable,
    identityNotices,
    close: async () => {
      await Promise.all(closers.map((c) => c().catch(() => undefined)));
    },
  };
}
