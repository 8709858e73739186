import type { Decline } from '../../protocol/index.ts';
import type { BrandCallError } from '../transport/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import type { BrandRound } from './gather-evidence.ts';
import type { BrandText } from './scan-brand-texts.ts';

/**
 * Every brand-controlled text of one request that is not part of an offer: cards not read before (a card is
 * standing conduct, read once per butler; `cardsRead` is updated), declines and their suggestions, and the
 * messages of failed calls, including those during negotiation.
 */
export function collectBrandTexts(input: {
  readonly brands: readonly BrandConnection[];
  readonly cardsRead: Set<string>;
  readonly declines: readonly Decline[];
  readonly failures: ReadonlyArray<{ brandId: string; error: BrandCallError }>;
  readonly rounds: readonly BrandRound[];
}): BrandText[] {
  const texts: BrandText[] = [];
  for (const b of input.brands) {
    if (input.cardsRead.has(b.card.id)) continue;
    input.cardsRead.add(b.card.id);
    texts.push({ brandId: b.card.id, field: 'card.name', text: b.card.name }, { brandId: b.card.id, field: 'card.description', text: b.card.description });
  }
  for (const d of input.declines) {
    texts.push({ brandId: d.brandId, field: 'decline.message', text: d.message });
    if (d.suggestion) texts.push({ brandId: d.brandId, field: 'decline.suggestion', text: d.suggestion });
  }
  for (const f of input.failures) texts.push({ brandId: f.brandId, field: 'error.message', text: f.error.message });
  for (const round of input.rounds) {
    for (const n of round.negotiated) {
      for (const e of n.exchanges) if (e.kind === 'failure') texts.push({ brandId: round.brandId, field: 'error.message', text: e.error.message });
    }
  }
  return texts;
}
