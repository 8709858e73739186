import { describeCancellation, describeUnconfirmedOrder, type OrderRecord } from '../../agent/butler/index.ts';
import { formatMoneyIn, type Language } from '../../agent/language/index.ts';
import { CHAT_LABELS, type ChatLabels } from '../chat-labels.ts';
import { PAGE_LABELS } from '../page-labels.ts';
import { brandText } from '../shopping-view.ts';
import { html, type SafeHtml } from './safe-html.ts';

/**
 * The report form of one order: free text, whether it did the job (`needMet`: yes, no, or not said), or the demo
 * market's ground truth. order-actions.js builds the same form in the chat, from the same labels.
 */
export function reportForm(orderId: string, say: ChatLabels['report'], language: Language): SafeHtml {
  return html`<form class="report-form" data-order-id="${orderId}" data-lang="${language}" data-tell-me-first="${say.tellMeFirst}">
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
export function recheckForm(order: Pick<OrderRecord, 'orderId' | 'mandate' | 'release'>, language: Language): SafeHtml {
  const labels = CHAT_LABELS[language];
  return html`<form class="recheck-form" data-order-id="${order.orderId}" data-lang="${language}">
<p class="unconfirmed">${describeUnconfirmedOrder(order, language)}</p>
<div class="actions"><button type="submit">${labels.recheck}</button>${order.release ? '' : html`<button type="button" class="release">${labels.release}</button>`}</div>
<div class="recheck-result" aria-live="polite"></div>
</form>`;
}

/**
 * Every order the butler placed or refused, newest first, with a report form for those awaiting an outcome, in the
 * page's language (its forms ask the server to answer in it too); the brand's words are quoted as they are.
 */
export function ordersPage(orders: readonly OrderRecord[], brandName: (brandId: string) => string, language: Language): SafeHtml {
  const say = PAGE_LABELS[language].orders;
  const sorted = [...orders].sort((a, b) => (a.placedAt < b.placedAt ? 1 : a.placedAt > b.placedAt ? -1 : a.orderId < b.orderId ? 1 : -1));
  return html`<h1>${say.heading}</h1>
${sorted.length === 0
    ? html`<p class="empty">${say.empty}</p>`
    : sorted.map(
        (o) => html`<article class="order ${o.status}" data-order-id="${o.orderId}">
<h2><span class="brand-name">${brandName(o.brandId)}</span>${say.titleLead}${brandText('product.title', o.offer.product.title, 300)}</h2>
<p>${formatMoneyIn(o.receipt?.charged ?? o.offer.price, language)} · ${o.placedAt} · ${say.order} <code>${o.orderId}</code></p>
<p class="status">${say.statuses[o.status]}${o.note ? html` — ${brandText('note', o.note, 400)}` : ''}</p>
${o.cancellation && o.receipt ? html`<p class="cancellation ${o.cancellation.outcome}">${describeCancellation(o.cancellation, o.receipt.charged, o.mandate.maxAmount, language)}${o.cancellation.message ? html` <span class="brand-note">${brandText('cancellation.message', o.cancellation.message, 300)}</span>` : ''}</p>` : ''}
${o.release ? html`<p class="release">${o.status === 'unconfirmed' ? say.releasedPending(o.release.at) : say.releasedThenAnswered(o.release.at)}</p>` : ''}
${o.status === 'placed' ? reportForm(o.orderId, CHAT_LABELS[language].report, language) : o.status === 'unconfirmed' ? recheckForm(o, language) : ''}
</article>`,
      )}`;
}
