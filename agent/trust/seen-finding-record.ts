/**
 * What the offers the person was shown said about the brands that made them: for each finding code, how often it was
 * on the offers of brands the ledger later caught saying or delivering something false, and on those of brands whose
 * statements or deliveries were checked and held. Read by agent/scoring `learnedFindingWeight`. It is learned from
 * every offer seen, not from the offers bought: what the butler chose to buy does not bias it (buying around a finding
 * taught the old purchase-based rate that the finding predicted nothing but met needs). Each side counts brands, not
 * offers: a brand is one labelled witness however many offers it made, each contributing the share of its offers that
 * showed the finding. Brands neither caught nor checked clean are not counted. It lives in the person's ledger (folded
 * from `offer-fit` events carrying `offers`/`findings` and the verdicts about the same brands), so a butler that forgets
 * its ledger (the no-ledger ablation) keeps the hand-set weights.
 */
export interface SeenFindingRecord {
  /** Brands later caught (a contradicted claim, a switched receipt, a delivery not as described or not delivered). */
  readonly caught: SeenFindingSide;
  /** Brands not caught whose statements or deliveries were checked and held. */
  readonly clean: SeenFindingSide;
}

/** One side of the record: its brands with offers seen, and per finding code the sum of their shares showing it. */
export interface SeenFindingSide {
  readonly brands: number;
  readonly byCode: ReadonlyMap<string, number>;
}

/** A record from no labelled brand at all. */
export const EMPTY_SEEN_FINDING_RECORD: SeenFindingRecord = Object.freeze({
  caught: Object.freeze({ brands: 0, byCode: new Map<string, number>() }),
  clean: Object.freeze({ brands: 0, byCode: new Map<string, number>() }),
});

/** The ledger events a `SeenFindingTally` reads (the shape of agent/trust `TrustEvent`, only what is read). */
export type SeenFindingEvent =
  | { readonly kind: 'offer-fit'; readonly brandId: string; readonly evidence: { readonly offers?: number | undefined; readonly findings?: Readonly<Record<string, number>> | undefined } }
  | { readonly kind: 'claim-verified' | 'claim-contradicted' | 'bait-and-switch'; readonly brandId: string }
  | { readonly kind: 'order-outcome'; readonly brandId: string; readonly evidence: { readonly outcome?: string | undefined } }
  | { readonly kind: 'clean-interaction'; readonly brandId: string; readonly evidence: { readonly clean?: readonly string[] | undefined } }
  | { readonly kind: string; readonly brandId: string };

/**
 * The verdict an event gives about its brand: `caught` for a statement or delivery proved false (what the brand is
 * answerable for: a contradicted claim, a switched receipt, a delivery not as described or never delivered), `clean`
 * for one checked and held (a verified claim, a delivery as described, a request whose checks caught nothing false),
 * undefined otherwise (a late delivery, a refusal, pressure, fit: no word on whether what it says is true).
 */
export function seenVerdictOf(event: SeenFindingEvent): 'caught' | 'clean' | undefined {
  switch (event.kind) {
    case 'claim-contradicted':
    case 'bait-and-switch':
      return 'caught';
    case 'claim-verified':
      return 'clean';
    case 'order-outcome': {
      const outcome = (event as Extract<SeenFindingEvent, { kind: 'order-outcome' }>).evidence.outcome;
      return outcome === 'as-described' ? 'clean' : outcome === 'not-as-described' || outcome === 'not-delivered' ? 'caught' : undefined;
    }
    case 'clean-interaction': {
      const clean = (event as Extract<SeenFindingEvent, { kind: 'clean-interaction' }>).evidence.clean;
      return clean === undefined || clean.includes('honesty') ? 'clean' : undefined;
    }
    default:
      return undefined;
  }
}

interface BrandSeen {
  offers: number;
  readonly byCode: Map<string, number>;
  caught: boolean;
  clean: boolean;
}

/** A mutable tally folding ledger events one by one (the ledger ports keep one each); `record()` is the current record. */
export class SeenFindingTally {
  private readonly brands = new Map<string, BrandSeen>();
  private cached: SeenFindingRecord | undefined = EMPTY_SEEN_FINDING_RECORD;

  /** Folds one event: the offers an `offer-fit` says the brand made and the findings on them, or a verdict about it. */
  add(event: SeenFindingEvent): void {
    if (event.kind === 'offer-fit') {
      const { offers, findings } = (event as Extract<SeenFindingEvent, { kind: 'offer-fit' }>).evidence;
      if (offers === undefined || offers <= 0) return;
      const b = this.brand(event.brandId);
      b.offers += offers;
      if (findings !== undefined) for (const [code, n] of Object.entries(findings)) b.byCode.set(code, (b.byCode.get(code) ?? 0) + Math.min(n, offers));
      if (b.caught || b.clean) this.cached = undefined;
      return;
    }
    const verdict = seenVerdictOf(event);
    if (verdict === undefined) return;
    const b = this.brand(event.brandId);
    if (b[verdict]) return;
    b[verdict] = true;
    this.cached = undefined;
  }

  /** The record as the events folded so far leave it (a caught brand counts as caught whatever else held). */
  record(): SeenFindingRecord {
    if (this.cached !== undefined) return this.cached;
    const caught = { brands: 0, byCode: new Map<string, number>() };
    const clean = { brands: 0, byCode: new Map<string, number>() };
    for (const b of this.brands.values()) {
      if (b.offers === 0 || !(b.caught || b.clean)) continue;
      const side = b.caught ? caught : clean;
      side.brands += 1;
      for (const [code, n] of b.byCode) side.byCode.set(code, (side.byCode.get(code) ?? 0) + n / b.offers);
    }
    this.cached = { caught, clean };
    return this.cached;
  }

  private brand(brandId: string): BrandSeen {
    let b = this.brands.get(brandId);
    if (b === undefined) {
      b = { offers: 0, byCode: new Map(), caught: false, clean: false };
      this.brands.set(brandId, b);
    }
    return b;
  }
}
