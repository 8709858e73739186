// The chat page: sends the request, streams progress (SSE over fetch), renders offer cards, buys with confirmation.
import { api, append, el, readSse, token, trustChange } from './common.js';
import { reportFormFor } from './order-actions.js';

const conversation = document.getElementById('conversation');
const form = document.getElementById('ask-form');
const input = document.getElementById('need-input');
const askButton = document.getElementById('ask-button');
const dialog = document.getElementById('confirm-dialog');
let pending = null; // the clarifying question awaiting an answer
let proposal = null; // the proposal shown in the dialog

function say(who, ...children) {
  const message = el('div', { class: `message ${who}` }, ...children);
  conversation.append(message);
  message.scrollIntoView({ block: 'end', behavior: 'smooth' });
  return message;
}

// Every bar reads the same way: higher is better for the person (the pressure score is shown as "no pressure").
function scoreRow(label, value, kind, text) {
  return el('div', { class: `score score-${kind}` }, el('span', { class: 'label' }, label),
    el('meter', { min: '0', max: '1', value: String(value), low: '0.4', high: '0.7', optimum: '1' }), el('span', { class: 'value' }, text));
}

// Every word around a turn (leads, headings, badges, terms) comes from the server in the request's language.
function quote(q) {
  return q ? [q.lead, el('q', { class: 'brand-quote' }, q.text)] : [];
}

function evidenceList(items, empty) {
  if (!items.length) return el('p', { class: 'muted' }, empty);
  return el('ul', { class: 'evidence' }, items.map((e) => el('li', { class: `effect-${e.effect}` }, e.detail, quote(e.quote))));
}

/** The figures behind the plain sentences, for those who want them. */
function numbers(card, labels) {
  const w = card.why;
  return el('details', { class: 'numbers' }, el('summary', {}, labels.details),
    el('ul', {},
      w.figures.map((line) => el('li', {}, line)),
      w.value ? el('li', {}, w.value.text) : null));
}

function why(card, labels) {
  const w = card.why;
  const details = el('details', { class: 'why' }, el('summary', {}, labels.why));
  append(details, [
    el('h5', {}, w.headings.fit),
    w.fit.violations.length ? el('ul', { class: 'violations' }, w.fit.violations.map((v) => el('li', {}, v))) : null,
    evidenceList(w.fit.evidence, w.empty.fit),
    el('h5', {}, w.headings.honesty),
    evidenceList(w.honesty.evidence, w.empty.honesty),
    el('h5', {}, w.headings.pressure),
    w.pressure.tactics.length
      ? el('ul', { class: 'tactics' }, w.pressure.tactics.map((t) => el('li', {}, t.detail, quote(t.quote))))
      : el('p', { class: 'muted' }, w.empty.pressure),
    w.value ? el('h5', {}, labels.value) : null,
    w.value ? el('p', { class: 'value-plain' }, w.value.plain) : null,
    w.exclusions.length ? el('h5', {}, labels.notRecommendedWhy) : null,
    w.exclusions.length ? el('ul', {}, w.exclusions.map((x) => el('li', {}, x.detail))) : null,
    card.claims.length ? el('h5', {}, labels.brandClaims) : null,
    card.claims.length ? el('ul', { class: 'claims' }, card.claims.map((c) => el('li', {}, `${c.label} = `, el('q', { class: 'brand-quote' }, c.asserted), c.evidence ? [labels.claimEvidence, el('q', { class: 'brand-quote' }, c.evidence)] : ''))) : null,
    card.pitch ? el('h5', {}, labels.pitch) : null,
    card.pitch ? el('blockquote', { class: 'brand-quote pitch' }, card.pitch) : null,
    numbers(card, labels),
  ]);
  // One finding, one line: a hard-constraint miss is both a fit violation and the exclusion reason, say it once.
  const seen = new Set();
  for (const li of details.querySelectorAll('li')) {
    if (li.closest('details.numbers')) continue;
    if (seen.has(li.textContent)) li.remove();
    else seen.add(li.textContent);
  }
  return details;
}

function offerCard(card, options, labels) {
  const article = el('article', { class: `offer-card status-${card.status}${options.divergent ? ' divergent' : ''}`, 'data-offer-id': card.offerId, 'data-brand-id': card.brandId },
    el('header', {}, card.rank ? el('span', { class: 'rank' }, `#${card.rank}`) : null, el('span', { class: 'brand-name' }, card.brandName), el('span', { class: `badge badge-${card.status}` }, card.badge)),
    el('h4', { class: 'title' }, card.title),
    el('p', { class: 'price' }, card.priceText, card.priceNote ? el('span', { class: 'was' }, card.priceNote) : null),
    el('p', { class: 'terms' }, card.termsText),
    card.explanation ? el('p', { class: 'explanation' }, card.explanation) : null,
    options.divergent ? el('p', { class: 'divergent-note muted' }, options.divergent) : null,
    el('div', { class: 'scores' }, scoreRow(labels.fit, card.scores.fit, 'fit', card.scoreTexts.fit), scoreRow(labels.claimsHold, card.scores.claimsHold, 'honesty', card.scoreTexts.claimsHold), scoreRow(labels.noPressure, 1 - card.scores.pressure, 'no-pressure', card.scoreTexts.noPressure)),
    card.flags.length ? el('ul', { class: 'flags' }, card.flags.map((f) => el('li', { class: `flag flag-${f.source}` }, '⚑ ', f.phrase, quote(f.quote)))) : null,
    why(card, labels));
  if (options.buyable) {
    const buy = el('button', { type: 'button', class: 'buy primary' }, labels.buy);
    buy.addEventListener('click', () => openProposal(card.offerId, options.language));
    article.append(el('div', { class: 'actions' }, buy));
  }
  return article;
}

function renderResult(turn, view) {
  const labels = view.labels;
  append(turn, [el('p', { class: 'summary' }, view.summary)]);
  if (view.offers.length === 0 && view.divergent.kind !== 'picked') turn.append(el('p', {}, view.noOffer));
  const list = el('section', { class: 'offers', 'aria-label': labels.rankedOffers });
  // The bubble pick takes its place in rank order, marked as an exploration pick.
  const cards = view.offers.map((card) => ({ card, divergent: null }));
  if (view.divergent.kind === 'picked') {
    const pick = { card: view.divergent.offer, divergent: view.divergent.note };
    const at = cards.findIndex((c) => (c.card.rank ?? Infinity) > (pick.card.rank ?? Infinity));
    cards.splice(at === -1 ? cards.length : at, 0, pick);
  }
  for (const { card, divergent } of cards) list.append(offerCard(card, { buyable: true, divergent, language: view.language }, labels));
  turn.append(list);
  if (view.excluded.length) {
    const excluded = el('details', { class: 'excluded' }, el('summary', {}, labels.notRecommended));
    for (const card of view.excluded) excluded.append(offerCard(card, { buyable: false }, labels));
    turn.append(excluded);
  }
  if (view.declines.length) {
    turn.append(el('section', { class: 'declines' }, el('h3', {}, labels.declined),
      el('ul', {}, view.declines.map((d) => el('li', {}, el('span', { class: 'brand-name' }, d.brandName), d.lead, el('q', { class: 'brand-quote' }, d.message))))));
  }
  // What to know of a brand beyond its offers, in the request's language: the brand's name, then Majordome's words;
  // a failure's code and brand message after them, as quoted brand text.
  const notices = view.notices?.items ?? [];
  if (notices.length) {
    turn.append(el('section', { class: 'failures notices' }, el('h3', {}, view.notices.heading),
      el('ul', {}, notices.map((n) => el('li', { 'data-notice': n.kind },
        el('span', { class: 'brand-name' }, n.brandName), ` ${n.text}`,
        view.failures.filter((f) => f.brandId === n.brandId).map((f) => [` [${f.code}] `, el('q', { class: 'brand-quote' }, f.message)]))))));
  }
}

// The language model's words about the ranking, after Majordome's own: headed as the model's, streamed as text.
function renderModelExplanation(turn, state, event) {
  if (!state.model) {
    state.model = el('section', { class: 'model-explanation' });
    turn.append(state.model);
  }
  if (event.kind === 'start') {
    state.modelText = el('p', { class: 'model-text' });
    state.model.append(el('p', { class: 'model-heading muted' }, event.heading), state.modelText);
  } else if (event.kind === 'token' && state.modelText) {
    state.modelText.append(document.createTextNode(event.text));
  } else if (event.kind === 'end') {
    for (const note of event.notices) state.model.append(el('p', { class: 'model-note muted' }, note));
  }
}

function renderProgress(state, event) {
  if (event.type === 'asked') {
    state.status.textContent = event.text;
    for (const b of event.brands) {
      const item = el('li', { class: 'asked', 'data-brand-id': b.brandId }, el('span', { class: 'brand-name' }, b.brandName), el('span', { class: 'state' }, event.asking));
      state.brands.set(b.brandId, item);
      state.list.append(item);
    }
    return;
  }
  if (event.type === 'negotiating' || event.type === 'ranked') {
    state.status.textContent = event.text;
    return;
  }
  const item = state.brands.get(event.brandId);
  if (!item) return;
  item.className = event.type;
  // A failure's brand message follows Majordome's words, as text like every brand word.
  item.querySelector('.state').textContent = event.type === 'failed' ? `${event.text}${event.message}` : event.text;
}

function renderUnderstanding(turn, before, u) {
  const labels = u.labels;
  // The turn reads in the request's language from here on (the status line before it is the page's own).
  turn.setAttribute('lang', u.language);
  const lines = [];
  if (u.kind === 'need') {
    lines.push(el('p', { class: 'understood' }, labels.understood, el('strong', {}, u.description)));
    if (u.assumptions.length) lines.push(el('p', { class: 'muted' }, `${labels.assumed}${u.assumptions.join(labels.separator)}`));
    pending = null;
  } else if (u.kind === 'clarify') {
    lines.push(el('p', { class: 'question' }, u.question));
    pending = u.pending;
  } else {
    lines.push(el('p', {}, u.message));
    pending = null;
  }
  if (u.notUnderstood.length) lines.push(el('p', { class: 'muted' }, `${labels.notUnderstood}${u.notUnderstood.join(labels.separator)}`));
  for (const line of lines) turn.insertBefore(line, before);
}

async function ask(text) {
  say('person', text);
  const turn = say('butler');
  const status = el('p', { class: 'status' }, form.getAttribute('data-reading'));
  const list = el('ul', { class: 'progress' });
  turn.append(status, list);
  const state = { status, list, brands: new Map() };
  askButton.disabled = true;
  try {
    const response = await fetch('/api/chat', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-majordome-token': token() },
      body: JSON.stringify(pending ? { text, previous: pending } : { text }),
    });
    if (!response.ok) {
      const json = await response.json().catch(() => null);
      throw new Error((json && json.error && json.error.message) || `HTTP ${response.status}`);
    }
    for await (const { event, data } of readSse(response)) {
      if (event === 'understanding') {
        renderUnderstanding(turn, status, data);
        if (data.kind !== 'need') status.remove();
      } else if (event === 'progress') renderProgress(state, data);
      else if (event === 'result') renderResult(turn, data);
      else if (event === 'explanation') renderModelExplanation(turn, state, data);
      else if (event === 'error') turn.append(el('p', { class: 'error' }, data.message));
    }
  } catch (error) {
    turn.append(el('p', { class: 'error' }, error.message));
  } finally {
    askButton.disabled = false;
    turn.setAttribute('data-done', 'true');
    input.focus();
  }
}

async function openProposal(offerId, language) {
  const summary = document.getElementById('confirm-summary');
  const details = document.getElementById('confirm-details');
  const problem = document.getElementById('confirm-error');
  problem.hidden = true;
  try {
    // The question is asked in the language of the turn the offer came from (the server words it).
    proposal = await api('GET', `/api/offers/${encodeURIComponent(offerId)}/proposal${language ? `?lang=${encodeURIComponent(language)}` : ''}`);
  } catch (error) {
    say('butler', el('p', { class: 'error' }, error.message));
    return;
  }
  summary.textContent = proposal.summary;
  // The dialog's own words, in the turn's language.
  document.getElementById('confirm-title').textContent = proposal.labels.title;
  document.getElementById('confirm-note').textContent = proposal.labels.note;
  document.getElementById('confirm-cancel').textContent = proposal.labels.cancel;
  document.getElementById('confirm-buy').textContent = proposal.labels.buy;
  details.replaceChildren(
    el('dt', {}, proposal.labels.brand), el('dd', {}, proposal.brandName),
    el('dt', {}, proposal.labels.product), el('dd', {}, proposal.title),
    el('dt', {}, proposal.labels.price), el('dd', {}, proposal.priceText),
    el('dt', {}, proposal.labels.terms), el('dd', {}, proposal.termsText));
  document.getElementById('confirm-buy').disabled = false;
  dialog.showModal();
}

// After a switched receipt: the request ranked again without that brand, each offer with its rank, the brand's name,
// the title and the price (the server's words, in the turn's language). Buying one opens its proposal like any Buy
// button: the person confirms it again, with a confirmation of its own.
function reproposalList(reproposal, language) {
  const list = el('ol', { class: 'reproposal' }, reproposal.ranked.map((r) => {
    const buy = el('button', { type: 'button', class: `buy${r.offerId === reproposal.topOfferId ? ' primary' : ''}` }, reproposal.buy);
    buy.addEventListener('click', () => openProposal(r.offerId, language));
    return el('li', { class: r.offerId === reproposal.topOfferId ? 'top' : '', 'data-offer-id': r.offerId, 'data-brand-id': r.brandId },
      el('span', { class: 'rank' }, `#${r.rank}`), ' ', el('span', { class: 'brand-name' }, r.brandName), ' — ',
      el('span', { class: 'title' }, r.title), ' — ', el('span', { class: 'price' }, r.priceText), ' ', buy);
  }));
  return el('section', { class: 'reproposal', 'aria-label': reproposal.heading }, el('h4', {}, reproposal.heading), list);
}

async function confirmPurchase() {
  if (!proposal) return;
  const chosen = proposal;
  const button = document.getElementById('confirm-buy');
  button.disabled = true;
  let result;
  try {
    result = await api('POST', `/api/purchases?lang=${encodeURIComponent(chosen.language)}`, { offerId: chosen.offerId, confirmationId: chosen.confirmationId, confirm: true });
  } catch (error) {
    const problem = document.getElementById('confirm-error');
    problem.textContent = error.message;
    problem.hidden = false;
    return;
  }
  proposal = null;
  dialog.close('bought');
  // What became of the order, in the turn's language (the server's sentence); a bought one gets its report form.
  const message = say('butler');
  message.setAttribute('data-purchase', result.kind);
  message.setAttribute('lang', chosen.language);
  if (result.kind === 'purchased') {
    message.append(el('p', { class: 'ok' }, `${result.text} ${result.tellMe}`), reportFormFor(result.orderId, result.report, result.language));
  } else {
    message.append(el('p', { class: 'error' }, result.text));
  }
  if (result.kind === 'refused-bait-and-switch' && result.reproposal) message.append(reproposalList(result.reproposal, chosen.language));
  const change = trustChange(result.trust);
  if (change) message.append(change);
}

document.getElementById('confirm-buy').addEventListener('click', confirmPurchase);
dialog.addEventListener('close', () => {
  if (dialog.returnValue !== 'bought') proposal = null;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text || askButton.disabled) return;
  input.value = '';
  void ask(text);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});
for (const button of document.querySelectorAll('button.example')) {
  button.addEventListener('click', () => {
    input.value = button.getAttribute('data-example');
    form.requestSubmit();
  });
}
