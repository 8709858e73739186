import { formatMoney, type Money } from '../../protocol/index.ts';
import { isCleanOf, type Excerpt, type ObservedEvidence } from './trust-event.ts';

/** Money at stake in major units with its currency, e.g. "80.00 EUR", "1200 JPY" (protocol/money.ts). */
export function formatStake(money: Money): string {
  return formatMoney(money);
}

const quote = (excerpt: Excerpt | undefined, max = 120): string => {
  if (excerpt === undefined) return '';
  const text = excerpt.text.length > max ? `${excerpt.text.slice(0, max - 1)}…` : excerpt.text;
  return `; quote${excerpt.field ? ` (${excerpt.field})` : ''}: "${text.replace(/\s+/g, ' ')}"`;
};
const value = (v: unknown): string => JSON.stringify(v);
const refs = (e: { offerId?: string | undefined; orderId?: string | undefined; requestId?: string | undefined }): string =>
  [e.offerId && `offer ${e.offerId}`, e.orderId && `order ${e.orderId}`, e.requestId && `request ${e.requestId}`].filter(Boolean).join(', ');

/** One line saying what happened and on what evidence, for a person reading the ledger. */
export function describeTrustEvent(event: ObservedEvidence): string {
  switch (event.kind) {
    case 'claim-verified': {
      const e = event.evidence;
      const observed = e.claim.observed === undefined ? '' : `, observed ${value(e.claim.observed)}`;
      return `claim held: ${e.claim.attribute} = ${value(e.claim.asserted)}${observed} (checked by ${e.source}; ${refs(e)})${quote(e.excerpt)}`;
    }
    case 'claim-contradicted': {
      const e = event.evidence;
      const stake = e.stake ? `; at stake ${formatStake(e.stake)}` : '';
      return `claim FALSE: ${e.claim.attribute} claimed ${value(e.claim.asserted)}, observed ${value(e.claim.observed)} (checked by ${e.source}; ${refs(e)})${stake}${quote(e.excerpt)}`;
    }
    case 'pressure-tactic': {
      const e = event.evidence;
      const confidence = e.confidence === undefined ? '' : ` (confidence ${e.confidence.toFixed(2)})`;
      const where = refs(e);
      return `pressure tactic "${e.tactic}"${confidence}${where ? ` in ${where}` : ''}${quote(e.excerpt)}`;
    }
    case 'clean-interaction': {
      const truthful = isCleanOf(event.evidence.clean, 'honesty');
      const calm = isCleanOf(event.evidence.clean, 'pressure');
      const what = truthful && calm ? 'nothing caught false, no pressure' : truthful ? 'nothing caught false' : 'no pressure';
      return `clean interaction, ${what} (${refs(event.evidence)})`;
    }
    case 'offer-fit':
      return `offer fit ${event.evidence.fit.toFixed(2)} (offer ${event.evidence.offerId})`;
    case 'honest-decline':
      return `declined honestly (request ${event.evidence.requestId}): ${event.evidence.reason}${quote(event.evidence.excerpt)}`;
    case 'bait-and-switch': {
      const e = event.evidence;
      const diffs = (e.differences ?? []).map((d) => `${d.field} ${value(d.accepted)} → ${value(d.received)}`).join(', ');
      return `BAIT-AND-SWITCH: receipt differs from the accepted offer (${refs(e)}${e.receiptId ? `, receipt ${e.receiptId}` : ''}): ${e.detail}${diffs ? ` [${diffs}]` : ''}; at stake ${formatStake(e.stake)}`;
    }
    case 'order-refused': {
      const e = event.evidence;
      return `ORDER REFUSED: the brand would not sell its own offer once the person chose it (${refs(e)}): [${e.code}] ${e.detail}; at stake ${formatStake(e.stake)}`;
    }
    case 'order-outcome': {
      const e = event.evidence;
      const parts = [e.outcome && `delivered ${e.outcome.replace(/-/g, ' ')}`, e.satisfied !== undefined && (e.satisfied ? 'person satisfied' : 'person NOT satisfied')].filter(Boolean);
      return `order outcome (order ${e.orderId}): ${parts.join(', ')}${e.stake ? `; at stake ${formatStake(e.stake)}` : ''}${e.note ? `; note: ${e.note}` : ''}`;
    }
    case 'identity-link':
      return `linked to identity ${event.evidence.linkedBrandId} (${event.evidence.reason}): ${event.evidence.detail}`;
    case 'protocol-violation': {
      const e = event.evidence;
      const claimed = e.claimedBrandId ? `, claimed to be ${e.claimedBrandId}` : '';
      const where = refs(e);
      return `PROTOCOL VIOLATION "${e.violation}"${claimed}${where ? ` (${where})` : ''}: ${e.detail}`;
    }
  }
}
