import { z } from 'zod';
import { AttributeNameSchema, AttributeValueSchema, IdSchema, MoneySchema, TimestampSchema } from '../../protocol/index.ts';
import { FindingCodeSchema, MAX_ORDER_FINDINGS } from './finding-record.ts';

/** The longest quoted excerpt an event may carry (characters); evidence is a quote, not a transcript. */
export const MAX_EXCERPT_LENGTH = 2_000;
/** The longest free-text note or reason an event may carry (characters). */
export const MAX_NOTE_LENGTH = 500;

const SlugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use a lowercase slug like "social-proof"');

/** A quoted span of what the brand said: the exact text and where it came from (pitch, answer, claim evidence…). */
export const ExcerptSchema = z.object({
  text: z.string().min(1).max(MAX_EXCERPT_LENGTH),
  field: z.string().min(1).max(64).optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
/** A quoted span of what the brand said. */
export type Excerpt = z.infer<typeof ExcerptSchema>;

/** The product a claim was about, so later checks can match it by sku or GTIN. */
const ProductRefSchema = z.object({ sku: IdSchema, gtin: z.string().regex(/^\d{8,14}$/).optional() });

/** What a brand claimed and, when checked, what was observed. */
const ClaimCheckSchema = z.object({
  attribute: AttributeNameSchema,
  asserted: AttributeValueSchema,
  observed: AttributeValueSchema.optional(),
});

/** How a claim was checked, e.g. "certification", "spec-sheet", "cross-brand", "price-history", "earlier-answer", "delivery". */
const CheckSourceSchema = SlugSchema;

const NoteSchema = z.string().min(1).max(MAX_NOTE_LENGTH);

const namesOfferOrOrder = (e: { offerId?: string | undefined; orderId?: string | undefined }) => e.offerId !== undefined || e.orderId !== undefined;
const NAMES_EVIDENCE = { message: 'name the offer or the order the evidence comes from (offerId or orderId)' };

/** What a clean interaction can be clean of: `honesty` (nothing caught false), `pressure` (no tactic). */
export const CLEAN_COUNTS = ['honesty', 'pressure'] as const;
/** One thing a clean interaction can be clean of. */
export type CleanCount = (typeof CLEAN_COUNTS)[number];

/** Whether a clean interaction's qualifier (`clean`; absent = both, its meaning before the field existed) covers `what`. */
export function isCleanOf(clean: readonly CleanCount[] | undefined, what: CleanCount): boolean {
  return clean === undefined || clean.includes(what);
}

/** Evidence per event kind; every kind names where it comes from (an offer, a request, an order, a quote). */
export const TRUST_EVIDENCE_SCHEMAS = {
  'claim-verified': z
    .object({
      offerId: IdSchema.optional(),
      orderId: IdSchema.optional(),
      product: ProductRefSchema.optional(),
      claim: ClaimCheckSchema,
      source: CheckSourceSchema,
      excerpt: ExcerptSchema.optional(),
    })
    .refine(namesOfferOrOrder, NAMES_EVIDENCE),
  'claim-contradicted': z
    .object({
      offerId: IdSchema.optional(),
      orderId: IdSchema.optional(),
      product: ProductRefSchema.optional(),
      claim: ClaimCheckSchema.required({ observed: true }),
      source: CheckSourceSchema,
      excerpt: ExcerptSchema.optional(),
      /** What the person stood to lose had they believed the claim. */
      stake: MoneySchema.optional(),
    })
    .refine(namesOfferOrOrder, NAMES_EVIDENCE),
  'pressure-tactic': z.object({
    tactic: SlugSchema,
    excerpt: ExcerptSchema,
    /** The detector's confidence in [0, 1]; the tactic's weight is scaled by it (1 when absent). */
    confidence: z.number().min(0).max(1).optional(),
    offerId: IdSchema.optional(),
    requestId: IdSchema.optional(),
  }),
  'clean-interaction': z
    .object({
      requestId: IdSchema.optional(),
      offerId: IdSchema.optional(),
      /**
       * What was clean: `honesty` (something the brand said was checked and nothing was caught false), `pressure` (no
       * tactic). Absent: both (the only meaning before the field existed).
       */
      clean: z.array(z.enum(CLEAN_COUNTS)).min(1).max(2).refine((c) => new Set(c).size === c.length, { message: 'name each of honesty and pressure at most once' }).optional(),
    })
    .refine((e) => e.requestId !== undefined || e.offerId !== undefined, { message: 'name the request or the offer (requestId or offerId)' }),
  'offer-fit': z.object({ offerId: IdSchema, fit: z.number().min(0).max(1) }),
  'honest-decline': z.object({ requestId: IdSchema, reason: NoteSchema, excerpt: ExcerptSchema.optional() }),
  'bait-and-switch': z.object({
    offerId: IdSchema,
    orderId: IdSchema,
    receiptId: IdSchema.optional(),
    detail: z.string().min(1).max(MAX_EXCERPT_LENGTH),
    differences: z
      .array(z.object({ field: z.string().min(1).max(64), accepted: AttributeValueSchema, received: AttributeValueSchema }))
      .max(32)
      .optional(),
    stake: MoneySchema,
  }),
  /**
   * The brand refused an order of its own offer that the person had confirmed: the offer unexpired, the mandate for
   * exactly it. An offer is a promise the brand made to win the person's choice; refusing it at purchase ("lure then
   * refuse") fails to deliver it. `code` is the protocol's error code of the refusal (OUT_OF_STOCK…), `stake` the offer's price.
   */
  'order-refused': z.object({
    offerId: IdSchema,
    requestId: IdSchema,
    code: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'a protocol error code like "OUT_OF_STOCK"'),
    detail: NoteSchema,
    stake: MoneySchema,
  }),
  'order-outcome': z
    .object({
      orderId: IdSchema,
      offerId: IdSchema.optional(),
      /** Whether the delivery matched the description (honesty); omit when only satisfaction is known. */
      outcome: z.enum(['as-described', 'not-as-described', 'not-delivered', 'late']).optional(),
      /** Whether the person was satisfied with the purchase (fit). */
      satisfied: z.boolean().optional(),
      /**
       * Whether what arrived met what the person required (the need's hard constraints: each one they constrained held,
       * and it arrived, by their deadline if they set one), as they report it. A delivery not as described that met
       * them is a failure that spared the need (a flattering number, a false "was" price): it counts against the brand's
       * honesty all the same, and tells how its failures fall (`TrustScore.failuresSpareNeed`). Absent: not known, read
       * as missed.
       */
      needMet: z.boolean().optional(),
      stake: MoneySchema.optional(),
      note: NoteSchema.optional(),
      /**
       * The honesty finding codes the butler saw on the offer when it was bought (`reference-price-unverifiable`, …),
       * so the person's deliveries teach what each finding predicts (`FindingRecord`). Absent: not recorded (an order
       * bought before they were, or reported without them); such a delivery teaches nothing about findings.
       */
      findings: z.array(FindingCodeSchema).max(MAX_ORDER_FINDINGS).optional(),
    })
    .refine((e) => e.outcome !== undefined || e.satisfied !== undefined, { message: 'report an outcome, a satisfaction, or both' }),
  'identity-link': z.object({
    linkedBrandId: IdSchema,
    reason: z.enum(['shared-key', 'shared-domain', 'shared-payee', 'shared-address', 'shared-endpoint', 'manual']),
    detail: NoteSchema,
  }),
  /**
   * A message the brand sent over its own connection broke the protocol's identity rules: it named another brand,
   * reused an offer id, sent more offers than asked, or its card announced another id. Recorded against the sender.
   */
  'protocol-violation': z.object({
    violation: SlugSchema,
    detail: NoteSchema,
    /** The brand id the message claimed, when it named someone else. */
    claimedBrandId: IdSchema.optional(),
    offerId: IdSchema.optional(),
    requestId: IdSchema.optional(),
  }),
} as const;

/** Every trust event kind. */
export const TRUST_EVENT_KINDS = Object.keys(TRUST_EVIDENCE_SCHEMAS) as [TrustEventKind, ...TrustEventKind[]];
/** A trust event kind. */
export type TrustEventKind = keyof typeof TRUST_EVIDENCE_SCHEMAS;

const base = { brandId: IdSchema, occurredAt: TimestampSchema };
const S = TRUST_EVIDENCE_SCHEMAS;

/** One observation about a brand, with the evidence that supports it (validated before anything is written). */
export const TrustEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim-verified'), ...base, evidence: S['claim-verified'] }),
  z.object({ kind: z.literal('claim-contradicted'), ...base, evidence: S['claim-contradicted'] }),
  z.object({ kind: z.literal('pressure-tactic'), ...base, evidence: S['pressure-tactic'] }),
  z.object({ kind: z.literal('clean-interaction'), ...base, evidence: S['clean-interaction'] }),
  z.object({ kind: z.literal('offer-fit'), ...base, evidence: S['offer-fit'] }),
  z.object({ kind: z.literal('honest-decline'), ...base, evidence: S['honest-decline'] }),
  z.object({ kind: z.literal('bait-and-switch'), ...base, evidence: S['bait-and-switch'] }),
  z.object({ kind: z.literal('order-refused'), ...base, evidence: S['order-refused'] }),
  z.object({ kind: z.literal('order-outcome'), ...base, evidence: S['order-outcome'] }),
  z.object({ kind: z.literal('identity-link'), ...base, evidence: S['identity-link'] }),
  z.object({ kind: z.literal('protocol-violation'), ...base, evidence: S['protocol-violation'] }),
]);

/** One observation about a brand, with its evidence. */
export type TrustEvent = z.infer<typeof TrustEventSchema>;
/** The input form of a trust event (what callers pass to the ledger). */
export type TrustEventInput = z.input<typeof TrustEventSchema>;
/** The evidence of one event kind. */
export type TrustEvidence<K extends TrustEventKind> = z.infer<(typeof TRUST_EVIDENCE_SCHEMAS)[K]>;
/** The kind-and-evidence part of an event: what the trust model folds (a `TrustEvent` is one). */
export type ObservedEvidence = { [K in TrustEventKind]: { readonly kind: K; readonly evidence: TrustEvidence<K> } }[TrustEventKind];

/** An event as recorded in the ledger: its chain position and hash, for the person to cite. */
export type RecordedTrustEvent = TrustEvent & {
  readonly seq: number;
  readonly occurredAtMs: number;
  readonly hash: string;
  readonly prevHash: string;
};

/** Validates a stored kind and its evidence against that kind's schema alone (the fast path for rebuilds). */
export function parseObservedEvidence(kind: string, evidence: unknown): ObservedEvidence | undefined {
  const S = TRUST_EVIDENCE_SCHEMAS;
  switch (kind) {
    case 'claim-verified': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'claim-contradicted': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'pressure-tactic': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'clean-interaction': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'offer-fit': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'honest-decline': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'bait-and-switch': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'order-refused': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'order-outcome': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'identity-link': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    case 'protocol-violation': {
      const r = S[kind].safeParse(evidence);
      return r.success ? { kind, evidence: r.data } : undefined;
    }
    default:
      return undefined;
  }
}
