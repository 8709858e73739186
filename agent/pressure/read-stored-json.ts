import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * A stored JSON file checked against its schema (the detector's stored model and threshold): undefined when it is
 * missing, does not parse or does not fit, so the caller computes afresh instead.
 */
export function readStoredJson<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
