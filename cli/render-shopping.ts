import type { ShoppingResult } from '../agent/butler/index.ts';
import { describeNeed, type Understanding } from '../agent/need/index.ts';
import { formatMoney } from '../agent/decision/index.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Terminal rendering of what the butler understood. */
export function renderUnderstanding(u: Understanding): string {
  const notes: string[] = [];
  if (u.kind === 'need') {
    notes.push(`Understood: ${describeNeed(u.need)}`);
    if (u.assumptions.length) notes.push(`  assumed: ${u.assumptions.join('; ')}`);
  } else if (u.kind === 'clarify') {
    notes.push(u.question);
  } else notes.push(u.message);
  if (u.notUnderstood.length) notes.push(`  did not understand: ${u.notUnderstood.join('; ')}`);
  return notes.join('\n');
}

/** Terminal rendering of a shopping result: ranked offers with their scores and flags, the divergent option, problems. */
export function renderShopping(result: ShoppingResult, options: { top?: number } = {}): string {
  const top = options.top ?? 5;
  const lines: string[] = [];
  const byOffer = new Map(result.explanation.offers.map((o) => [o.offerId, o]));
  lines.push('', result.explanation.summary, '');
  const ranked = result.ranking.ranked.slice(0, top);
  if (ranked.length === 0) lines.push('No offer can be recommended for this need.');
  for (const r of ranked) {
    const e = byOffer.get(r.offerId);
    const name = e?.brandName ?? r.brandId;
    lines.push(
      `${String(r.rank).padStart(2)}. ${name} — ${r.offer.product.title} — ${formatMoney(r.offer.price)}  (delivery ${r.offer.terms.deliveryDays} d, returns ${r.offer.terms.returnDays} d)`,
      `    fit ${pct(r.scores.fit.score)} · claims hold ${pct(r.scores.honesty.probability)} · pressure ${pct(r.scores.pressure.score)} · value ${r.value.toFixed(3)}`,
    );
    if (e) lines.push(`    ${e.text}`);
    for (const flag of e?.flags ?? []) lines.push(`    ⚑ ${flag.phrase}${flag.quote ? ` — quoted: “${flag.quote.text}”` : ''}`);
  }
  if (result.divergent.kind === 'picked') {
    const d = result.divergent.offer;
    lines.push('', `Outside your usual bubble (exploration): ${d.offer.product.title} from ${byOffer.get(d.offerId)?.brandName ?? d.brandId} — ${formatMoney(d.offer.price)}; ${result.divergent.reason}`);
  }
  const excluded = result.ranking.excluded;
  if (excluded.length) {
    lines.push('', `Not recommended (${excluded.length}):`);
    for (const x of excluded.slice(0, 8)) {
      const e = byOffer.get(x.offerId);
      lines.push(`  ✗ ${e?.brandName ?? x.brandId}: ${x.offer.product.title} — ${x.reasons.map((r) => r.detail).join('; ')}`);
      for (const flag of (e?.flags ?? []).filter((f) => f.source !== 'exclusion').slice(0, 3)) lines.push(`      ⚑ ${flag.phrase}${flag.quote ? ` — quoted: “${flag.quote.text}”` : ''}`);
    }
  }
  for (const d of result.declines) lines.push(`  ↩ ${d.brandId} declined honestly: ${d.message.slice(0, 160)}`);
  for (const f of result.failures) lines.push(`  ! ${f.brandId} did not answer properly: [${f.error.code}] ${f.error.message.slice(0, 160)}`);
  return lines.join('\n');
}
