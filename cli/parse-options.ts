import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './command.ts';

/** parseArgs with usage errors instead of exceptions: unknown flags and missing values become CliUsageError. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
}
