import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { IdSchema, MajordomeError } from '../../protocol/index.ts';

const Timeouts = {
  /** Milliseconds allowed to connect and handshake. */
  connectTimeoutMs: z.number().int().min(50).max(120_000).default(10_000),
  /** Milliseconds allowed per call. */
  callTimeoutMs: z.number().int().min(50).max(120_000).default(4_000),
};

/**
 * The id the person gives a brand: its identity for the butler (offers, trust, bans are keyed by it). At most 64
 * characters and no ':' (the butler's offer ids are `<entry id>:<brand's offer id>`, which must never collide).
 */
export const ConnectionIdSchema = IdSchema.max(64).refine((id) => !id.includes(':'), { message: 'a brand entry id cannot contain ":"' });

/** One brand the butler may ask: built in (the demo market), a stdio command, or a Streamable HTTP URL. */
export const BrandDirectoryEntrySchema = z.discriminatedUnion('kind', [
  z.object({ id: ConnectionIdSchema, kind: z.literal('builtin'), enabled: z.boolean().default(true), ...Timeouts }),
  z.object({
    id: ConnectionIdSchema,
    kind: z.literal('stdio'),
    command: z.string().min(1).max(1000),
    args: z.array(z.string().max(1000)).max(100).default([]),
    env: z.record(z.string(), z.string()).optional(),
    cwd: z.string().max(1000).optional(),
    enabled: z.boolean().default(true),
    ...Timeouts,
  }),
  z.object({ id: ConnectionIdSchema, kind: z.literal('http'), url: z.url({ protocol: /^https?$/ }), enabled: z.boolean().default(true), ...Timeouts }),
]);
export type BrandDirectoryEntry = z.infer<typeof BrandDirectoryEntrySchema>;

/** The `brands.json` file: the brands the butler knows how to reach. */
export const BrandDirectorySchema = z
  .object({ brands: z.array(BrandDirectoryEntrySchema).max(1000) })
  .refine((d) => new Set(d.brands.map((b) => b.id)).size === d.brands.length, { message: 'brand ids must be unique', path: ['brands'] });
export type BrandDirectory = z.infer<typeof BrandDirectorySchema>;

/** The directory's fault codes. */
export const BRAND_DIRECTORY_ERROR_CODES = { INVALID_BRAND_DIRECTORY: 'INVALID_BRAND_DIRECTORY' } as const;

/** A directory fault code. */
export type BrandDirectoryErrorCode = (typeof BRAND_DIRECTORY_ERROR_CODES)[keyof typeof BRAND_DIRECTORY_ERROR_CODES];

/** A directory that could not be loaded: which file, and what is wrong where. */
export class BrandDirectoryError extends MajordomeError<BrandDirectoryErrorCode> {
  override readonly name = 'BrandDirectoryError';

  constructor(message: string, options: { details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(BRAND_DIRECTORY_ERROR_CODES.INVALID_BRAND_DIRECTORY, message, options);
  }
}

/** Parses an untrusted directory value; errors name the failing path. */
export function parseBrandDirectory(value: unknown, source = 'brands.json'): BrandDirectory {
  const parsed = BrandDirectorySchema.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new BrandDirectoryError(`${source} is not a valid brand directory — ${where}`);
  }
  return parsed.data;
}

/** Reads and validates a brands.json file. */
export async function loadBrandDirectory(path: string): Promise<BrandDirectory> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BrandDirectoryError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BrandDirectoryError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseBrandDirectory(json, path);
}
