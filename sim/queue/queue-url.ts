import { z } from 'zod';
import { SimError } from '../sim-error.ts';

/** How to reach the Redis behind a simulation queue; `display` is the URL with any password replaced by `***`. */
export interface QueueTarget {
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly username?: string;
  readonly password?: string;
  readonly tls: boolean;
  /** The URL safe to print: never contains the password. */
  readonly display: string;
  /** Every secret that must never appear in a log line or an error message (raw and URL-encoded). */
  readonly secrets: readonly string[];
}

const UrlPartsSchema = z.object({
  protocol: z.enum(['redis:', 'rediss:'], { error: 'the scheme must be redis:// or rediss:// (TLS)' }),
  hostname: z.string().min(1, 'the URL needs a host'),
  port: z.union([z.literal(''), z.coerce.number().int().min(1).max(65_535)], { error: 'the port must be 1–65535' }),
  pathname: z.string().regex(/^(\/(\d{1,2})?)?$/, 'the path must be empty or /<database number>'),
  search: z.literal('', { error: 'query parameters are not supported (use rediss:// for TLS)' }),
});

/** Replaces every secret in `text` by `***` (log lines, error messages, commands echoed into reports). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join('***');
  return out;
}

/** Replaces the password of any redis:// or rediss:// URL in `text` by `***` (for text that was never parsed). */
export function redactRedisUrls(text: string): string {
  return text.replace(/(rediss?:\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@');
}

/**
 * Parses a queue URL: `redis://[user[:password]@]host[:port][/db]` or `rediss://…` for TLS (server certificate
 * checked against the system CAs, plus NODE_EXTRA_CA_CERTS). A password given in `passwordFromEnv` (the
 * MAJORDOME_REDIS_PASSWORD variable, which keeps it out of `ps`) is used when the URL has none.
 */
export function parseQueueUrl(text: string, passwordFromEnv?: string): QueueTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SimError('QUEUE_URL_INVALID', `--queue must be a URL like redis://127.0.0.1:6379/0, got "${redactRedisUrls(text)}"`);
  }
  const parsed = UrlPartsSchema.safeParse({ protocol: url.protocol, hostname: url.hostname, port: url.port, pathname: url.pathname, search: url.search });
  const username = url.username ? decodeURIComponent(url.username) : undefined;
  const rawPassword = url.password ? decodeURIComponent(url.password) : undefined;
  const secrets = [rawPassword, url.password, passwordFromEnv].filter((s): s is string => typeof s === 'string' && s.length > 0);
  url.password = url.password ? '***' : '';
  const display = url.toString().replace(/\/$/, '');
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SimError('QUEUE_URL_INVALID', `--queue ${display}: ${issue.message}`);
  }
  const db = parsed.data.pathname.length > 1 ? Number(parsed.data.pathname.slice(1)) : 0;
  const password = rawPassword ?? (passwordFromEnv && passwordFromEnv.length > 0 ? passwordFromEnv : undefined);
  return {
    host: parsed.data.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.data.port === '' ? 6379 : parsed.data.port,
    db,
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    tls: parsed.data.protocol === 'rediss:',
    display,
    secrets,
  };
}
