import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ReferenceMarketError } from './reference-market-error.ts';

/** Reads a JSON data file; throws INVALID_DATA naming the file when it cannot be read or parsed. */
export function readDataJson(dataDir: string, relative: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dataDir, relative), 'utf8');
  } catch (error) {
    throw new ReferenceMarketError('INVALID_DATA', `${relative}: cannot read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ReferenceMarketError('INVALID_DATA', `${relative}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads a data file and validates it with a schema; throws INVALID_DATA naming the file and the first paths at fault. */
export function parseDataFile<S extends z.ZodType>(schema: S, dataDir: string, relative: string): z.output<S> {
  const parsed = schema.safeParse(readDataJson(dataDir, relative));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ReferenceMarketError('INVALID_DATA', `${relative}: ${issues.join('; ')}`);
  }
  return parsed.data;
}
