import { PROTOCOL_VERSION, isBuiltinCategory, type HardConstraint, type NeedBriefInput, type SoftPreference } from '../../protocol/index.ts';

/** How demanding a sample brief is: realistic constraints, none at all, or impossible ones. */
export type BriefKind = 'guided' | 'open' | 'unsatisfiable';

/** Realistic needs per built-in category (TAXONOMY attributes) that an ordinary catalog satisfies. */
const GUIDED: Record<string, { hard: HardConstraint[]; soft: SoftPreference[] }> = {
  'running-shoes': {
    hard: [
      { attribute: 'size_eu', op: 'gte', value: 42 },
      { attribute: 'size_eu', op: 'lte', value: 44 },
    ],
    soft: [{ attribute: 'weight_g', direction: 'lower', weight: 0.4 }],
  },
  headphones: {
    hard: [{ attribute: 'form', op: 'in', value: ['over-ear', 'on-ear', 'in-ear'] }],
    soft: [{ attribute: 'battery_hours', direction: 'higher', weight: 0.5 }],
  },
  coffee: {
    hard: [{ attribute: 'form', op: 'in', value: ['beans', 'ground', 'capsules'] }],
    soft: [{ attribute: 'organic', direction: 'equals', value: true, weight: 0.3 }],
  },
};

/** Parameters of a sample brief. */
export interface SampleBriefParams {
  readonly requestId: string;
  readonly buyerId: string;
  readonly category: string;
  readonly currency: string;
  readonly issuedAt: string;
  readonly kind: BriefKind;
  readonly maxOffers?: number;
}

/** Builds a schema-valid need brief for a category: guided by the taxonomy, unconstrained, or impossible to satisfy. */
export function sampleBrief(params: SampleBriefParams): NeedBriefInput {
  const guided = isBuiltinCategory(params.category) ? GUIDED[params.category] : undefined;
  const base = {
    protocolVersion: PROTOCOL_VERSION,
    requestId: params.requestId,
    buyerId: params.buyerId,
    category: params.category,
    quantity: 1,
    currency: params.currency,
    maxOffers: params.maxOffers ?? 3,
    issuedAt: params.issuedAt,
  };
  switch (params.kind) {
    case 'guided':
      return { ...base, hardConstraints: guided?.hard ?? [], softPreferences: guided?.soft ?? [] };
    case 'open':
      return { ...base, hardConstraints: [], softPreferences: [] };
    case 'unsatisfiable':
      // No product has this attribute, let alone this value, and one cent is no budget at all.
      return {
        ...base,
        hardConstraints: [{ attribute: 'conformance_unobtainable', op: 'eq', value: `no-such-product-${params.requestId}` }],
        softPreferences: [],
        budgetCeiling: { amountMinor: 1, currency: params.currency },
      };
  }
}
