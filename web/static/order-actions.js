// The outcome report of one order: free text from the person, or the demo market's ground truth.
import { api, el, pct } from './common.js';

/** Builds the same report form the orders page renders on the server. */
export function reportFormFor(orderId) {
  const form = el('form', { class: 'report-form', 'data-order-id': orderId },
    el('label', {}, 'What happened? ', el('textarea', { name: 'text', rows: '2', maxlength: '2000', placeholder: 'e.g. arrived late, not waterproof' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Report outcome'), el('button', { type: 'button', class: 'settle' }, 'Settle from ground truth (demo)')),
    el('div', { class: 'report-result', 'aria-live': 'polite' }));
  bindReportForm(form);
  return form;
}

function showRecorded(form, result) {
  const out = form.querySelector('.report-result');
  out.replaceChildren(
    el('p', {}, `Recorded ${result.observations.length} observation(s) in the ledger:`),
    el('ul', { class: 'observations' }, result.observations.map((o) => el('li', {}, o.kind, o.attribute ? ` (${o.attribute})` : '', o.satisfied === undefined ? '' : o.satisfied ? ' — satisfied' : ' — not satisfied'))),
  );
  const t = result.trust;
  if (t && t.after) {
    out.append(el('p', { class: 'trust-change' }, `Trust ${t.before ? `${pct(t.before.trust)} (${t.before.events} events)` : 'no record'} → ${pct(t.after.trust)} (${t.after.events} events). `, el('a', { href: `/trust/${encodeURIComponent(result.brandId)}` }, 'See the ledger')));
  }
  for (const control of form.querySelectorAll('textarea, button')) control.disabled = true;
}

function showError(form, error) {
  form.querySelector('.report-result').replaceChildren(el('p', { class: 'error' }, error.message));
}

/** Wires a report form: submit sends the text, the settle button asks the ground truth. */
export function bindReportForm(form) {
  const orderId = form.getAttribute('data-order-id');
  const path = `/api/orders/${encodeURIComponent(orderId)}`;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = form.querySelector('textarea').value.trim();
    if (!text) return showError(form, new Error('Tell me what happened first.'));
    try {
      showRecorded(form, await api('POST', `${path}/report`, { text }));
    } catch (error) {
      showError(form, error);
    }
  });
  form.querySelector('.settle').addEventListener('click', async () => {
    try {
      showRecorded(form, await api('POST', `${path}/settle`, {}));
    } catch (error) {
      showError(form, error);
    }
  });
}

/** Wires a re-check form: asks the brand again where an unconfirmed order stands, and says what it answered. */
export function bindRecheckForm(form) {
  const orderId = form.getAttribute('data-order-id');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const out = form.querySelector('.recheck-result');
    try {
      const result = await api('POST', `/api/orders/${encodeURIComponent(orderId)}/recheck`, {});
      const text = {
        purchased: () => `The brand confirmed the order: charged ${result.chargedText}. Reload to report its outcome.`,
        'refused-bait-and-switch': () => 'The brand\'s receipt differs from the offer: refused as bait-and-switch and recorded in the ledger.',
        unconfirmed: () => `Still no answer ([${result.code}] ${result.message}).`,
        failed: () => `The brand holds no such order ([${result.code}] ${result.message}): nothing counts against your month any more.`,
        'not-available': () => result.reason,
      }[result.kind];
      out.replaceChildren(el('p', {}, text ? text() : result.kind));
    } catch (error) {
      out.replaceChildren(el('p', { class: 'error' }, error.message));
    }
  });
}
