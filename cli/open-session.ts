import { openButler, type ButlerSession } from '../app/index.ts';
import { CliUsageError, type CliIo } from './command.ts';

/** Common options of the commands that open the butler. */
export const SESSION_OPTIONS = {
  db: { type: 'string' },
  brands: { type: 'string' },
  seed: { type: 'string' },
} as const;

/** The largest seed the butler's generator tells apart (it reads seeds as unsigned 32-bit integers). */
const MAX_SEED = 0xffff_ffff;

/** `--seed`: a whole number from 0 to 4294967295, or undefined when not given; anything else is a usage error, never ignored. */
export function parseSeedOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seed = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) throw new CliUsageError(`--seed takes a whole number from 0 to ${MAX_SEED}, not "${raw}"`);
  return seed;
}

/** Opens the butler for a CLI command from its common options (a usage error for a --seed that is not a seed). */
export async function openSession(values: { db?: string | undefined; brands?: string | undefined; seed?: string | undefined }, io: CliIo): Promise<ButlerSession> {
  const seed = parseSeedOption(values.seed);
  return openButler({
    dbPath: values.db,
    brandsFile: values.brands,
    env: io.env,
    onNotice: (message) => io.stderr.write(`note: ${message}\n`),
    ...(seed !== undefined ? { seed } : {}),
  });
}
