import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ButlerStore, openDatabase } from '../storage/index.ts';

/** The settings key the per-install web token is stored under. */
export const WEB_TOKEN_SETTING = 'web-token';

/** The request header that must carry the token on every state-changing request. */
export const TOKEN_HEADER = 'x-majordome-token';

/** The per-install web token: created once (random, 32 bytes) and kept in the settings of the database at `dbPath`. */
export function loadOrCreateWebToken(dbPath: string, now: Date = new Date()): string {
  const db = openDatabase({ path: dbPath });
  try {
    return new ButlerStore(db).settingOrCreate(WEB_TOKEN_SETTING, () => randomBytes(32).toString('base64url'), now.toISOString());
  } finally {
    db.close();
  }
}

/** Constant-time comparison of a presented secret with the expected one. */
export function sameSecret(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The session cookie's value: derived from the token, so the cookie alone never reveals the token. */
export function sessionCookieValue(token: string): string {
  return createHmac('sha256', token).update('majordome-web-session').digest('base64url');
}
