import type { BriefResponse, NeedBriefInput } from '../../protocol/index.ts';
import type { BrandCallError, BrandCallResult } from '../transport/index.ts';
import type { Exchange } from '../negotiation/index.ts';
import { nextCallTimeout, type TimeLeft } from './brand-time-budget.ts';

/** A brand the brief can be sent to. */
export interface BriefRecipient {
  readonly id: string;
  readonly timeoutMs: number;
  requestOffers(brief: NeedBriefInput, timeoutMs?: number): Promise<BrandCallResult<BriefResponse>>;
}

/** Progress while brands answer. */
export type FanOutProgress =
  | { readonly type: 'asked'; readonly brandIds: readonly string[] }
  | { readonly type: 'answered'; readonly brandId: string; readonly offers: number; readonly elapsedMs: number }
  | { readonly type: 'declined'; readonly brandId: string; readonly elapsedMs: number }
  | { readonly type: 'failed'; readonly brandId: string; readonly error: BrandCallError; readonly elapsedMs: number };

/** What one brand did with the brief. */
export type BrandReply =
  | { readonly kind: 'answered'; readonly brandId: string; readonly response: BriefResponse; readonly elapsedMs: number }
  | { readonly kind: 'failed'; readonly brandId: string; readonly error: BrandCallError; readonly elapsedMs: number };

/**
 * Sends each brand its own brief concurrently, each bounded by its timeout (cut to the brand's time left in the
 * request, `timeLeftMs`; a brand with none left is not asked and has no reply); a slow or broken brand never blocks
 * the others. Replies come back sorted by brand id, so nothing downstream depends on arrival order.
 */
export async function fanOutBrief(
  recipients: readonly BriefRecipient[],
  briefFor: (brandId: string) => NeedBriefInput,
  options: { onProgress?: (event: FanOutProgress) => void; now: () => Date; timeLeftMs?: TimeLeft | undefined },
): Promise<{ replies: BrandReply[]; exchanges: Exchange[] }> {
  const exchanges: Exchange[] = [];
  // Each brand's call timeout, cut to its time left in the request; a brand with none left is not asked.
  const asked = recipients.flatMap((recipient) => {
    if (options.timeLeftMs === undefined) return [{ recipient, timeoutMs: recipient.timeoutMs }];
    const timeoutMs = nextCallTimeout(recipient.timeoutMs, options.timeLeftMs(recipient.id));
    return timeoutMs > 0 ? [{ recipient, timeoutMs }] : [];
  });
  options.onProgress?.({ type: 'asked', brandIds: asked.map((a) => a.recipient.id) });
  const replies = await Promise.all(
    asked.map(async ({ recipient, timeoutMs }): Promise<BrandReply> => {
      const brief = briefFor(recipient.id);
      exchanges.push({ kind: 'brief', brandId: recipient.id, at: options.now().toISOString(), message: brief });
      const started = performance.now();
      const result = await recipient.requestOffers(brief, timeoutMs);
      const elapsedMs = Math.round(performance.now() - started);
      if (!result.ok) {
        exchanges.push({ kind: 'failure', brandId: recipient.id, at: options.now().toISOString(), step: 'request_offers', error: result.error, elapsedMs });
        options.onProgress?.({ type: 'failed', brandId: recipient.id, error: result.error, elapsedMs });
        return { kind: 'failed', brandId: recipient.id, error: result.error, elapsedMs };
      }
      exchanges.push({ kind: 'brief-response', brandId: recipient.id, at: options.now().toISOString(), message: result.value, elapsedMs });
      if (result.value.outcome === 'decline') options.onProgress?.({ type: 'declined', brandId: recipient.id, elapsedMs });
      else options.onProgress?.({ type: 'answered', brandId: recipient.id, offers: result.value.offers.length, elapsedMs });
      return { kind: 'answered', brandId: recipient.id, response: result.value, elapsedMs };
    }),
  );
  replies.sort((a, b) => (a.brandId < b.brandId ? -1 : a.brandId > b.brandId ? 1 : 0));
  exchanges.sort((a, b) => (a.brandId < b.brandId ? -1 : a.brandId > b.brandId ? 1 : 0));
  return { replies, exchanges };
}
