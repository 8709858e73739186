import { createHmac } from 'node:crypto';

/**
 * The id of one shopping request, as every brand asked receives it: a keyed hash (the install secret) of the time and
 * of the butler's count of requests, so it names one request and tells nothing else. Written as the time and the count
 * (`req-<time>-<n>`), it told a brand asked twice how many other requests the person had made in between, for
 * anything and from anyone: their activity, which no brief discloses.
 */
export function opaqueRequestId(installSecret: string, atMs: number, count: number): string {
  return `req-${createHmac('sha256', installSecret).update(`request:${atMs}:${count}`).digest('hex').slice(0, 20)}`;
}
