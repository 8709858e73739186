import { brandNoticesOf, describeBrandNotice, BRAND_NOTICE_MESSAGES, type Reproposal, type ShoppingResult } from '../agent/butler/index.ts';
import { describeNeed, languageOfUnderstanding, type Understanding } from '../agent/need/index.ts';
import { EXPLANATION_MESSAGES, type RankedOffer } from '../agent/decision/index.ts';
import { answerLanguage, formatMoneyIn, type Language } from '../agent/language/index.ts';
import type { Money } from '../protocol/index.ts';
import { renderBrandMessage } from './render-brand-message.ts';
import { quoteBrandText } from './quote-brand-text.ts';
import { SHOPPING_LABELS } from './shopping-labels.ts';
import { terminalSafeText } from './terminal-safe-text.ts';

/** The butler's own sentences (which may name a brand) on one terminal line. */
const safe = (text: string, maxLength?: number) => terminalSafeText(text, maxLength === undefined ? {} : { maxLength });

/** A brand as the terminal names it: its card's name quoted as the brand's words, or the entry id when it has none. */
const brandShown = (brandId: string, name: string | undefined, language: Language) =>
  name === undefined || name === brandId ? safe(brandId, 80) : quoteBrandText(name, 80, language);

/**
 * Terminal rendering of what the butler understood, in Majordome's words and the request's language (`language`, when
 * the caller knows it better than the understanding records it: a refusal records none). With a language model reading
 * the request, the question, message, notes and the values in the need are the model's text (and it reads
 * brand-declared vocabulary), so each line is terminal-safe and one line: it can neither repaint the screen nor forge a
 * ranking line.
 */
export function renderUnderstanding(u: Understanding, language: Language = languageOfUnderstanding(u)): string {
  const say = SHOPPING_LABELS[language];
  const notes: string[] = [];
  if (u.kind === 'need') {
    notes.push(say.understood(safe(describeNeed(u.need))));
    if (u.assumptions.length) notes.push(say.assumed(u.assumptions.map((a) => safe(a)).join(say.separator)));
  } else if (u.kind === 'clarify') {
    notes.push(safe(u.question));
  } else notes.push(safe(u.message));
  if (u.notUnderstood.length) notes.push(say.notUnderstood(u.notUnderstood.map((n) => safe(n)).join(say.separator)));
  return notes.join('\n');
}

function flagLine(flag: { readonly phrase: string; readonly quote?: { readonly text: string } | undefined }, language: Language): string {
  return `${safe(flag.phrase)}${flag.quote ? SHOPPING_LABELS[language].quoted(quoteBrandText(flag.quote.text, undefined, language)) : ''}`;
}

/** True when the butler logged a pressure tactic in this brand's decline text. */
function flaggedDecline(result: ShoppingResult, brandId: string): boolean {
  return result.observations.some((o) => o.kind === 'pressure-tactic' && o.brandId === brandId && o.field.startsWith('decline.'));
}

/**
 * One ranked offer on one line, in the turn's language: rank, the brand's name, the title, the price and terms. The
 * brand's words (its name, its title) each in one quotation: a title cannot add a price, a rank or a label.
 */
function rankedOfferLine(r: RankedOffer, brandName: string | undefined, language: Language): string {
  const say = SHOPPING_LABELS[language];
  return `${String(r.rank).padStart(2)}. ${brandShown(r.brandId, brandName, language)} — ${quoteBrandText(r.offer.product.title, undefined, language)} — ${formatMoneyIn(r.offer.price, language)}  ${say.terms(r.offer.terms.deliveryDays, r.offer.terms.returnDays)}`;
}

/**
 * The request ranked again after a switched receipt (`Reproposal`), as the ranking of the turn is written: each offer
 * on its line with the brand's name (`brandName`: its card's, when known) and the price in the turn's language.
 */
export function renderReproposal(reproposal: Reproposal, brandName: (brandId: string) => string | undefined, language: Language): string {
  return reproposal.ranking.ranked.map((r) => rankedOfferLine(r, brandName(r.brandId), language)).join('\n');
}

/**
 * Terminal rendering of a shopping result: ranked offers with their scores and flags, the divergent option, problems —
 * every word in the request's language (`need.language`), the brand's words quoted in that language's marks.
 */
export function renderShopping(result: ShoppingResult, options: { top?: number } = {}): string {
  const top = options.top ?? 5;
  const language = answerLanguage(result.need.language);
  const say = SHOPPING_LABELS[language];
  const quote = (text: string, maxLength?: number) => quoteBrandText(text, maxLength, language);
  const brand = (brandId: string, name: string | undefined) => brandShown(brandId, name, language);
  // The butler's amounts as the person reads them ("18,50 €" for a request in French).
  const money = (amount: Money) => formatMoneyIn(amount, language);
  const lines: string[] = [];
  const byOffer = new Map(result.explanation.offers.map((o) => [o.offerId, o]));
  lines.push('', safe(result.explanation.summary), '');
  const ranked = result.ranking.ranked.slice(0, top);
  if (ranked.length === 0) lines.push(EXPLANATION_MESSAGES[language].noOfferForNeed);
  for (const r of ranked) {
    const e = byOffer.get(r.offerId);
    lines.push(
      rankedOfferLine(r, e?.brandName, language),
      // Every score reads the same way (higher is better for you); the expected gain is in money on the next line.
      `    ${say.scores(say.percent(r.scores.fit.score), say.percent(r.scores.honesty.probability), say.percent(1 - r.scores.pressure.score))}`,
    );
    if (e) lines.push(`    ${safe(e.text)}`);
    for (const flag of e?.flags ?? []) lines.push(`    ⚑ ${flagLine(flag, language)}`);
  }
  if (result.divergent.kind === 'picked') {
    const d = result.divergent.offer;
    lines.push('', say.divergent(quote(d.offer.product.title), brand(d.brandId, byOffer.get(d.offerId)?.brandName), money(d.offer.price), safe(result.divergent.reason)));
  }
  const excluded = result.ranking.excluded;
  if (excluded.length) {
    lines.push('', say.notRecommended(excluded.length));
    for (const x of excluded.slice(0, 8)) {
      const e = byOffer.get(x.offerId);
      lines.push(`  ✗ ${say.excluded(brand(x.brandId, e?.brandName), quote(x.offer.product.title), safe((e?.details ?? x.reasons.map((r) => r.detail)).join(say.separator)))}`);
      // Exclusions are on the line above; one that rests on brand text (instructions aimed at the butler) shows its quote.
      for (const flag of (e?.flags ?? []).filter((f) => f.source !== 'exclusion' || f.quote).slice(0, 3)) lines.push(`      ⚑ ${flagLine(flag, language)}`);
    }
  }
  // "Honestly" only when the butler recorded the decline as honest (not flagged, not from a brand that also offered).
  const honest = new Set(result.observations.flatMap((o) => (o.kind === 'honest-decline' ? [o.brandId] : [])));
  for (const d of result.declines) {
    const how = honest.has(d.brandId) ? 'honest' : flaggedDecline(result, d.brandId) ? 'flagged' : 'plain';
    lines.push(`  ↩ ${safe(d.brandId, 80)} ${say.declined(how, renderBrandMessage(d.message, { language }))}`);
  }
  // What the person should know of a brand beyond its offers (no answer, checks cut short), in their language; a
  // failure's own code and message follow on a line of their own.
  const notices = brandNoticesOf(result);
  if (notices.length) {
    const names = new Map(result.explanation.offers.map((o) => [o.brandId, o.brandName]));
    lines.push('', BRAND_NOTICE_MESSAGES[language].heading);
    for (const notice of notices) {
      lines.push(`  ! ${brand(notice.brandId, names.get(notice.brandId))} ${describeBrandNotice(notice, language)}`);
      if (notice.kind === 'out-of-time') continue;
      for (const f of result.failures.filter((x) => x.brandId === notice.brandId)) lines.push(`      [${safe(f.error.code, 40)}] ${renderBrandMessage(f.error.message, { language })}`);
    }
  }
  return lines.join('\n');
}
