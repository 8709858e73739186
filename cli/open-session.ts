import { openButler, type ButlerSession } from '../app/index.ts';
import type { CliIo } from './command.ts';

/** Common options of the commands that open the butler. */
export const SESSION_OPTIONS = {
  db: { type: 'string' },
  brands: { type: 'string' },
  seed: { type: 'string' },
} as const;

/** Opens the butler for a CLI command from its common options. */
export async function openSession(values: { db?: string | undefined; brands?: string | undefined; seed?: string | undefined }, io: CliIo): Promise<ButlerSession> {
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  return openButler({
    dbPath: values.db,
    brandsFile: values.brands,
    env: io.env,
    onNotice: (message) => io.stderr.write(`note: ${message}\n`),
    ...(seed !== undefined && Number.isInteger(seed) ? { seed } : {}),
  });
}
