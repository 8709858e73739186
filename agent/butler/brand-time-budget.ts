/**
 * How long one request may spend on one brand, in that brand's call timeouts, all its calls together: its brief, the
 * "anything cheaper?" brief, and every question and counter about its offers.
 *
 * Why three: the call timeout is the longest the person will wait for one answer from the brand. A request is a short
 * conversation — a brief, then two questions and three counters on each of up to three offers (sixteen calls), and
 * as many again if the brand is asked for anything cheaper — which a brand answering within a tenth of its timeout
 * holds in full (and one answering in milliseconds, as a healthy brand does against a timeout of seconds, by far).
 * Three timeouts let a brand that sits on every answer just under the timeout be heard on its brief (and the
 * follow-up brief) and about one call more, instead of costing the person one timeout per call: sixteen to
 * thirty-two of them. Every brand's time starts when the briefs go out (at once, to every brand) and brands are
 * negotiated with in parallel, so a shop ends within three of the largest call timeout of the brands asked, plus the
 * butler's own work, whatever any brand does.
 */
export const REQUEST_TIME_IN_CALL_TIMEOUTS = 3;

/** What is left of a brand's time in one request, in milliseconds (0 or less once spent). */
export type TimeLeft = (brandId: string) => number;

/**
 * Each brand's time in one request: REQUEST_TIME_IN_CALL_TIMEOUTS of its call timeout, counted on `elapsedMs` (a
 * monotonic clock started when the briefs go out). A brand not in the request has no time.
 */
export function requestTimeBudget(brands: ReadonlyArray<{ readonly id: string; readonly timeoutMs: number }>, elapsedMs: () => number): TimeLeft {
  const budgets = new Map(brands.map((b) => [b.id, REQUEST_TIME_IN_CALL_TIMEOUTS * b.timeoutMs]));
  return (brandId) => (budgets.get(brandId) ?? 0) - elapsedMs();
}

/** The timeout of a brand's next call: its call timeout, cut to the whole milliseconds it has left (0: make no call). */
export function nextCallTimeout(callTimeoutMs: number, timeLeftMs: number): number {
  return Math.max(0, Math.min(callTimeoutMs, Math.floor(timeLeftMs)));
}
