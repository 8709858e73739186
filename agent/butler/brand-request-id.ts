import { createHmac } from 'node:crypto';

/**
 * The id under which one brand is asked for one of the butler's requests: `req-` and 20 hex of a keyed hash (the
 * install secret) of the brand and the butler's own request id. Each brand receives its own, so two brands comparing
 * ids cannot tell that they were asked by the same person (their buyer ids differ for the same reason), and no brand
 * reads anything from it: the butler's own id (`req-<its clock>-<its count of requests>`) told a brand asked twice how
 * many other requests the person had made in between, and when. The butler's own id stays the request's key for what
 * only the butler reads (its tie-breaks and exploration draw, its records); offers come back under the brand's id, the
 * one the brand names them by when the butler negotiates or orders.
 */
export function brandRequestId(installSecret: string, brandId: string, requestId: string): string {
  return `req-${createHmac('sha256', installSecret).update(JSON.stringify(['brand-request', brandId, requestId])).digest('hex').slice(0, 20)}`;
}
