import {
  BRAND_CARD_RESOURCE_URI,
  BrandCardSchema,
  BriefResponseSchema,
  CAPABILITIES,
  PROTOCOL_TOOLS,
  PROTOCOL_VERSION,
  hashOfferTerms,
  type BrandCard,
  type BriefResponse,
  type Capability,
  type NeedBriefInput,
  type Offer,
  type Order,
} from '../../protocol/index.ts';
import type { BrandProbe, ProbeOutcome } from './brand-probe.ts';
import { fail, type CheckVerdict } from './check-verdict.ts';
import { issuesLine, parseAnswer, type ParsedAnswer } from './outcome-verdicts.ts';
import { sampleBrief, type BriefKind } from './sample-briefs.ts';

/** Where the brand card used for gating came from. */
export type CardLookup =
  | { readonly ok: true; readonly card: BrandCard; readonly source: 'resource' | 'hello' }
  | { readonly ok: false; readonly reason: string };

/** One brief sent while sampling the brand's categories, with what came back. */
export interface SweepEntry {
  readonly category: string;
  readonly kind: BriefKind;
  readonly brief: NeedBriefInput;
  readonly outcome: ProbeOutcome;
  /** The schema-valid answer for this very request, when there is one. */
  readonly answer: ParsedAnswer<BriefResponse>;
}

/** Options of a conformance context. */
export interface ConformanceContextOptions {
  /** Makes every id of the run unique, so runs against a long-lived brand never collide. */
  readonly runId: string;
  /** The tester's clock. */
  readonly now: () => Date;
}

/** Parses an answer to a brief and checks it answers that request. */
export function parseBriefAnswer(outcome: ProbeOutcome, brief: NeedBriefInput): ParsedAnswer<BriefResponse> {
  const parsed = parseAnswer(outcome, BriefResponseSchema, `brief ${brief.requestId}`);
  if (parsed.ok && parsed.value.requestId !== brief.requestId) {
    return { ok: false, reason: `brief ${brief.requestId}: the answer names request ${parsed.value.requestId}` };
  }
  return parsed;
}

/** Picks the offer with the most time left, so later calls on it do not race its expiry. */
function longestLived(offers: readonly Offer[]): Offer | undefined {
  return [...offers].sort((a, b) => Date.parse(b.validUntil) - Date.parse(a.validUntil))[0];
}

/**
 * Everything a check needs: the probe, fresh ids, the brand card, sample briefs and orders. Lookups every check
 * shares (the card, one brief per category) are computed once; anything stateful (offers to negotiate or
 * order) is fetched fresh by each check, so checks stay independent.
 */
export class ConformanceContext {
  /** The per-brand pseudonymous buyer id used for the whole run. */
  readonly buyerId: string;
  private counter = 0;
  private cardLookup: Promise<CardLookup> | undefined;
  private resourceLookup: Promise<CardLookup> | undefined;
  private sweepResult: Promise<SweepEntry[]> | undefined;

  constructor(
    readonly probe: BrandProbe,
    private readonly options: ConformanceContextOptions,
  ) {
    this.buyerId = `conformance-buyer-${options.runId}`;
  }

  /** The tester's current time. */
  now(): Date {
    return this.options.now();
  }

  /** A fresh id unique within this run (valid as IdSchema and as an idempotency key). */
  nextId(label: string): string {
    this.counter += 1;
    return `conf-${this.options.runId}-${label}-${this.counter}`.padEnd(16, '0');
  }

  /** Calls a protocol tool with raw arguments. */
  call(tool: string, args: unknown): Promise<ProbeOutcome> {
    return this.probe.callTool(tool, args);
  }

  /** The card served as the `majordome://card` resource, parsed. */
  resourceCard(): Promise<CardLookup> {
    this.resourceLookup ??= (async (): Promise<CardLookup> => {
      const read = await this.probe.readTextResource(BRAND_CARD_RESOURCE_URI);
      if (!read.ok) return read;
      let json: unknown;
      try {
        json = JSON.parse(read.text);
      } catch {
        return { ok: false, reason: `${BRAND_CARD_RESOURCE_URI} is not JSON` };
      }
      const card = BrandCardSchema.safeParse(json);
      if (!card.success) return { ok: false, reason: `${BRAND_CARD_RESOURCE_URI} is not a valid BrandCard (${issuesLine(card.error)})` };
      return { ok: true, card: card.data, source: 'resource' };
    })();
    return this.resourceLookup;
  }

  /** The brand card: from the resource, or else from the hello answer. */
  card(): Promise<CardLookup> {
    this.cardLookup ??= (async (): Promise<CardLookup> => {
      const fromResource = await this.resourceCard();
      if (fromResource.ok) return fromResource;
      const hello = parseAnswer(
        await this.call(PROTOCOL_TOOLS.hello.name, { protocolVersion: PROTOCOL_VERSION, capabilities: [...CAPABILITIES], agent: 'majordome-conformance' }),
        PROTOCOL_TOOLS.hello.output,
        'hello',
      );
      if (hello.ok) return { ok: true, card: hello.value.card, source: 'hello' };
      return { ok: false, reason: `no valid brand card: ${fromResource.reason}; ${hello.reason}` };
    })();
    return this.cardLookup;
  }

  /** Whether the card advertises a capability (false when there is no card). */
  async supports(capability: Capability): Promise<boolean> {
    const card = await this.card();
    return card.ok && card.card.capabilities.includes(capability);
  }

  /** Runs `check` with the brand card, or fails when there is no valid card. */
  async withCard(check: (card: BrandCard) => Promise<CheckVerdict>): Promise<CheckVerdict> {
    const card = await this.card();
    return card.ok ? check(card.card) : fail(card.reason);
  }

  /** Runs `check` with the card and a fresh offer, or fails when the brand gives none. */
  async withOffer(check: (offer: Offer, card: BrandCard) => Promise<CheckVerdict>): Promise<CheckVerdict> {
    return this.withCard(async (card) => {
      const offer = await this.freshOffer(card);
      return offer.ok ? check(offer.value, card) : fail(offer.reason);
    });
  }

  /** A sample brief for a category in the card's first currency. */
  brief(card: BrandCard, category: string, kind: BriefKind, maxOffers?: number): NeedBriefInput {
    return sampleBrief({
      requestId: this.nextId('req'),
      buyerId: this.buyerId,
      category,
      currency: card.currencies[0] ?? 'EUR',
      issuedAt: this.now().toISOString(),
      kind,
      ...(maxOffers === undefined ? {} : { maxOffers }),
    });
  }

  /** Sends a brief and parses the answer. */
  async sendBrief(brief: NeedBriefInput): Promise<{ outcome: ProbeOutcome; answer: ParsedAnswer<BriefResponse> }> {
    const outcome = await this.call(PROTOCOL_TOOLS.requestOffers.name, brief);
    return { outcome, answer: parseBriefAnswer(outcome, brief) };
  }

  /** One guided brief per card category (plus an unconstrained one where the guided one was declined); computed once. */
  sweep(card: BrandCard): Promise<SweepEntry[]> {
    this.sweepResult ??= (async () => {
      const entries: SweepEntry[] = [];
      for (const category of card.categories) {
        for (const kind of ['guided', 'open'] as const) {
          const brief = this.brief(card, category, kind);
          const { outcome, answer } = await this.sendBrief(brief);
          entries.push({ category, kind, brief, outcome, answer });
          if (!answer.ok || answer.value.outcome === 'offers') break;
        }
      }
      return entries;
    })();
    return this.sweepResult;
  }

  /** Gets a fresh round-0 offer from the brand (guided brief first, unconstrained next, category by category). */
  async freshOffer(card: BrandCard): Promise<ParsedAnswer<Offer>> {
    const problems: string[] = [];
    for (const category of card.categories) {
      for (const kind of ['guided', 'open'] as const) {
        const brief = this.brief(card, category, kind);
        const { answer } = await this.sendBrief(brief);
        if (!answer.ok) {
          problems.push(answer.reason);
          break;
        }
        const offer = longestLived(answer.value.offers);
        if (offer) return { ok: true, value: offer };
        problems.push(`${category} (${kind}): declined`);
      }
    }
    return { ok: false, reason: `could not obtain an offer: ${problems.join('; ').slice(0, 300) || 'the card lists no category'}` };
  }

  /** An order for an offer under a mandate that exactly covers it, valid for an hour. */
  orderFor(offer: Offer, idempotencyKey: string): Order {
    const now = this.now();
    return {
      protocolVersion: PROTOCOL_VERSION,
      idempotencyKey,
      requestId: offer.requestId,
      offerId: offer.offerId,
      buyerId: this.buyerId,
      quantity: offer.quantity,
      mandate: {
        mandateId: this.nextId('mandate'),
        offerId: offer.offerId,
        maxAmount: offer.price,
        expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
        termsHash: hashOfferTerms(offer),
        issuedAt: now.toISOString(),
      },
    };
  }
}

/** Describes a brief answer failure or outcome for reasons. */
export function describeBriefAnswer(entry: SweepEntry): string {
  if (!entry.answer.ok) return entry.answer.reason;
  return entry.answer.value.outcome === 'offers' ? `${entry.answer.value.offers.length} offer(s)` : `decline (${entry.answer.value.decline?.reason ?? '?'})`;
}
