import { describeCancellation, describeUnconfirmedOrder, type OrderRecord } from '../../agent/butler/index.ts';
import { formatMoney } from '../../agent/decision/index.ts';
import type { ChatLabels } from '../chat-labels.ts';
import { brandText } from '../shopping-view.ts';
import { html, type SafeHtml } from './safe-html.ts';

const STATUS_LABELS: Readonly<Record<OrderRecord['status'], string>> = {
  placed: 'placed, waiting for your report',
  'refused-bait-and-switch': 'refused: the receipt differed from the offer (bait-and-switch)',
  unconfirmed: 'unconfirmed: the brand did not answer the order (it may have been placed; re-check it to ask the brand again)',
  failed: 'failed',
  'outcome-reported': 'outcome reported',
};

/**
 * The report form of one order: free text, whether it did the job (`needMet`: yes, no, or not said), or the demo
 * market's ground truth. order-actions.js builds the same form in the chat, from the same labels.
 */
export function reportForm(orderId: string, say: ChatLabels['report']): SafeHtml {
  return html`<form class="report-form" data-order-id="${orderId}">
<label>${say.whatHappened}<textarea name="text" rows="2" maxlength="2000" placeholder="${say.placeholder}"></textarea></label>
<fieldset class="need-met"><legend>${say.needMet}</legend><label><input type="radio" name="needMet" value="yes"> ${say.yes}</label><label><input type="radio" name="needMet" value="no"> ${say.no}</label><label><input type="radio" name="needMet" value="" checked> ${say.skip}</label></fieldset>
<div class="actions"><button type="submit">${say.submit}</button><button type="button" class="settle">${say.settle}</button></div>
<div class="report-result" aria-live="polite"></div>
</form>`;
}

/**
 * The buttons of an unconfirmed order: re-check asks the brand again where it stands (never orders); "nothing was
 * charged" is the person's word, which frees the amount it holds against the month until the brand answers.
 */
export function recheckForm(order: Pick<OrderRecord, 'orderId' | 'mandate' | 'release'>, labels: ChatLabels): SafeHtml {
  return html`<form class="recheck-form" data-order-id="${order.orderId}">
<p class="unconfirmed">${describeUnconfirmedOrder(order)}</p>
<div class="actions"><button type="submit">${labels.recheck}</button>${order.release ? '' : html`<button type="button" class="release">${labels.release}</button>`}</div>
<div class="recheck-result" aria-live="polite"></div>
</form>`;
}

/** Every order the butler placed or refused, newest first, with a report form for those awaiting an outcome. */
export function ordersPage(orders: readonly OrderRecord[], brandName: (brandId: string) => string, labels: ChatLabels): SafeHtml {
  const sorted = [...orders].sort((a, b) => (a.placedAt < b.placedAt ? 1 : a.placedAt > b.placedAt ? -1 : a.orderId < b.orderId ? 1 : -1));
  return html`<h1>Orders</h1>
${sorted.length === 0
    ? html`<p class="empty">No orders yet. Ask the butler for something and buy an offer (you will be asked to confirm).</p>`
    : sorted.map(
        (o) => html`<article class="order ${o.status}" data-order-id="${o.orderId}">
<h2><span class="brand-name">${brandName(o.brandId)}</span>: ${brandText('product.title', o.offer.product.title, 300)}</h2>
<p>${formatMoney(o.receipt?.charged ?? o.offer.price)} · ${o.placedAt} · order <code>${o.orderId}</code></p>
<p class="status">${STATUS_LABELS[o.status]}${o.note ? html` — ${brandText('note', o.note, 400)}` : ''}</p>
${o.cancellation && o.receipt ? html`<p class="cancellation ${o.cancellation.outcome}">${describeCancellation(o.cancellation, o.receipt.charged, o.mandate.maxAmount)}${o.cancellation.message ? html` <span class="brand-note">${brandText('cancellation.message', o.cancellation.message, 300)}</span>` : ''}</p>` : ''}
${o.release ? html`<p class="release">${o.status === 'unconfirmed' ? `You said nothing was charged (${o.release.at}): its amount no longer counts against your monthly cap, until the brand answers.` : `You had said nothing was charged (${o.release.at}) before the brand answered.`}</p>` : ''}
${o.status === 'placed' ? reportForm(o.orderId, labels.report) : o.status === 'unconfirmed' ? recheckForm(o, labels) : ''}
</article>`,
      )}`;
}
