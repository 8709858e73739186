// After a purchase: the outcome report of one order (free text, whether it did the job, or the demo market's ground
// truth), and an unconfirmed order's re-check and release. Every word comes from the server, in the page's language.
import { api, el, trustChange } from './common.js';

/** Builds the same report form the orders page renders on the server, with the labels the server sent (`report`). */
export function reportFormFor(orderId, labels, language) {
  const choice = (value, text, checked) => el('label', {}, el('input', { type: 'radio', name: 'needMet', value, checked }), ` ${text}`);
  const form = el('form', { class: 'report-form', 'data-order-id': orderId, 'data-lang': language, 'data-tell-me-first': labels.tellMeFirst },
    el('label', {}, labels.whatHappened, el('textarea', { name: 'text', rows: '2', maxlength: '2000', placeholder: labels.placeholder })),
    el('fieldset', { class: 'need-met' }, el('legend', {}, labels.needMet), choice('yes', labels.yes, false), choice('no', labels.no, false), choice('', labels.skip, true)),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, labels.submit), el('button', { type: 'button', class: 'settle' }, labels.settle)),
    el('div', { class: 'report-result', 'aria-live': 'polite' }));
  bindReportForm(form);
  return form;
}

function showRecorded(form, result) {
  const out = form.querySelector('.report-result');
  out.replaceChildren(el('p', {}, result.recordedText), el('ul', { class: 'observations' }, result.lines.map((line) => el('li', {}, line))));
  const change = trustChange(result.trust);
  if (change) out.append(change);
  for (const control of form.querySelectorAll('textarea, button, input')) control.disabled = true;
}

function showError(form, error) {
  form.querySelector('.report-result').replaceChildren(el('p', { class: 'error' }, error.message));
}

/** `?lang=` for the language of the page or turn the form belongs to, so the server answers in it. */
function langQuery(form) {
  const language = form.getAttribute('data-lang');
  return language ? `?lang=${encodeURIComponent(language)}` : '';
}

/** Wires a report form: submit sends the text and the answer about the need (none when not said), the settle button asks the ground truth. */
export function bindReportForm(form) {
  const orderId = form.getAttribute('data-order-id');
  const path = `/api/orders/${encodeURIComponent(orderId)}`;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = form.querySelector('textarea').value.trim();
    if (!text) return showError(form, new Error(form.getAttribute('data-tell-me-first') || 'Tell me what happened first.'));
    const answer = form.querySelector('input[name="needMet"]:checked');
    const needMet = answer && answer.value === 'yes' ? true : answer && answer.value === 'no' ? false : undefined;
    try {
      showRecorded(form, await api('POST', `${path}/report${langQuery(form)}`, needMet === undefined ? { text } : { text, needMet }));
    } catch (error) {
      showError(form, error);
    }
  });
  form.querySelector('.settle').addEventListener('click', async () => {
    try {
      showRecorded(form, await api('POST', `${path}/settle${langQuery(form)}`, {}));
    } catch (error) {
      showError(form, error);
    }
  });
}

/**
 * Wires an unconfirmed order's form: re-check asks the brand again where it stands and says what it answered; "nothing
 * was charged" records the person's word, which frees the amount the order held against the month.
 */
export function bindRecheckForm(form) {
  const orderId = form.getAttribute('data-order-id');
  const path = `/api/orders/${encodeURIComponent(orderId)}`;
  const out = form.querySelector('.recheck-result');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const result = await api('POST', `${path}/recheck${langQuery(form)}`, {});
      out.replaceChildren(el('p', {}, result.text));
    } catch (error) {
      out.replaceChildren(el('p', { class: 'error' }, error.message));
    }
  });
  const release = form.querySelector('button.release');
  if (release) {
    release.addEventListener('click', async () => {
      try {
        const result = await api('POST', `${path}/release${langQuery(form)}`, { statement: 'nothing-charged' });
        out.replaceChildren(el('p', { class: 'released' }, result.text));
        release.disabled = true;
      } catch (error) {
        out.replaceChildren(el('p', { class: 'error' }, error.message));
      }
    });
  }
}
