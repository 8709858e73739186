import { HTTP_SERVE_LIMITS, type HttpServeLimits } from '../protocol/index.ts';
import { CliUsageError } from './command.ts';

/** The HTTP limit flags of a command that serves HTTP, each a positive whole number (milliseconds, or bytes for --max-body). */
const LIMIT_FLAGS = { 'headers-timeout': 'headersTimeoutMs', 'request-timeout': 'requestTimeoutMs', 'keep-alive-timeout': 'keepAliveTimeoutMs', 'max-body': 'maxBodyBytes' } as const;

/** The flags' option specs, for `parseOptions`. */
export const HTTP_LIMIT_OPTIONS = {
  'headers-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'keep-alive-timeout': { type: 'string' },
  'max-body': { type: 'string' },
} as const;

/** The flags in a usage line. */
export const HTTP_LIMIT_USAGE = '[--headers-timeout <ms>] [--request-timeout <ms>] [--keep-alive-timeout <ms>] [--max-body <bytes>]';

/** What the limits mean, for a usage text; `body`: the default body cap in words. */
export function httpLimitsHelp(body: string): string {
  return (
    `HTTP limits: a request's headers must arrive within --headers-timeout (default ${HTTP_SERVE_LIMITS.headersTimeoutMs} ms), the whole\n` +
    `request within --request-timeout (default ${HTTP_SERVE_LIMITS.requestTimeoutMs} ms), else 408 and the connection closes; an idle\n` +
    `keep-alive connection closes after --keep-alive-timeout (default ${HTTP_SERVE_LIMITS.keepAliveTimeoutMs} ms); a body over --max-body\n` +
    `(default ${body}) is answered 413 unread. The request timeout does not grow with --max-body:\n` +
    'raise --request-timeout with it for large bodies on slow links.'
  );
}

/** The limits the flags set (only those given), each checked; the request time may not be shorter than the headers time. */
export function limitsFromFlags(values: Readonly<Record<string, unknown>>): Partial<HttpServeLimits> {
  const limits: { -readonly [K in keyof HttpServeLimits]?: number } = {};
  for (const [flag, key] of Object.entries(LIMIT_FLAGS)) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (typeof raw !== 'string' || !/^[0-9]+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) throw new CliUsageError(`--${flag} must be a positive whole number, got "${String(raw)}"`);
    limits[key] = value;
  }
  const headers = limits.headersTimeoutMs ?? HTTP_SERVE_LIMITS.headersTimeoutMs;
  const request = limits.requestTimeoutMs ?? HTTP_SERVE_LIMITS.requestTimeoutMs;
  if (request < headers) throw new CliUsageError(`--request-timeout (${request} ms) must be at least --headers-timeout (${headers} ms)`);
  return limits;
}
