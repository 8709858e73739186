import { createHmac } from 'node:crypto';

/**
 * The key of one request's own draws (the ranking's tie-break and the exploration slot's stream). With a seed the
 * caller chose (the simulator, benches, tests, `--seed`) it is the butler's request id, so a run reproduces from its
 * seed. Without one (the app as a person runs it) it is a keyed hash (the install secret) of the request id: the
 * request id is the butler's clock, which each brief states to the millisecond as its issuedAt, and its count of
 * requests, 1 in a fresh CLI process, and the app's seed is 1 for every install, so a brand could compute the key and
 * pick an offer id whose hash wins a tie with a rival's identical offer (tests/security/predictable-tie-break.test.ts).
 * Keyed per request, one request's draws tell nothing about the next, and one install still reproduces its rankings.
 */
export function drawKey(requestId: string, installSecret: string | undefined): string {
  if (installSecret === undefined) return requestId;
  return `draw-${createHmac('sha256', installSecret).update(JSON.stringify(['draw', requestId])).digest('hex').slice(0, 32)}`;
}
