import type { Money } from '../../protocol/index.ts';
import type { BrandTrustView, ClaimOutcome } from '../scoring/index.ts';
import type { CleanCount, FindingRecord } from '../trust/index.ts';

/** What the butler observed about a brand, to be appended to the trust ledger with its evidence. */
export type TrustObservation =
  | { readonly kind: 'claim-verified'; readonly brandId: string; readonly attribute: string; readonly asserted: string; readonly observed: string; readonly offerId: string; readonly sku: string; readonly gtin?: string | undefined; readonly orderId?: string | undefined }
  | { readonly kind: 'claim-contradicted'; readonly brandId: string; readonly attribute: string; readonly asserted: string; readonly observed: string; readonly offerId: string; readonly sku: string; readonly gtin?: string | undefined; readonly stake: Money; readonly orderId?: string | undefined; readonly source: string }
  | {
      readonly kind: 'pressure-tactic';
      readonly brandId: string;
      readonly tactic: string;
      readonly quote: string;
      readonly offerId?: string | undefined;
      readonly field: string;
      /** How sure the finding is, in [0, 1] (the detector's or the behavioural rule's): the ledger weighs the tactic by it. */
      readonly confidence: number;
    }
  | {
      readonly kind: 'clean-interaction';
      readonly brandId: string;
      readonly offerId?: string | undefined;
      readonly requestId: string;
      /** What was clean when not both: `honesty` (nothing it said was caught false) or `pressure` (no tactic). */
      readonly clean?: readonly CleanCount[] | undefined;
    }
  | { readonly kind: 'offer-fit'; readonly brandId: string; readonly offerId: string; readonly fit: number }
  | { readonly kind: 'honest-decline'; readonly brandId: string; readonly requestId: string; readonly reason: string; readonly excerpt: string }
  | { readonly kind: 'bait-and-switch'; readonly brandId: string; readonly offerId: string; readonly orderId: string; readonly detail: string; readonly stake: Money }
  /** The brand refused an order of its own offer the person had confirmed (`code`: the protocol's refusal code). */
  | { readonly kind: 'order-refused'; readonly brandId: string; readonly offerId: string; readonly requestId: string; readonly code: string; readonly detail: string; readonly stake: Money }
  | {
      readonly kind: 'order-outcome';
      readonly brandId: string;
      readonly orderId: string;
      readonly satisfied: boolean;
      /** Whether what arrived was as described (honesty); `satisfied` stands in when not known separately. */
      readonly asDescribed?: boolean | undefined;
      /** What the order put at stake (its price): a delivery as described forgives earlier failed ones in proportion to it. */
      readonly stake?: Money | undefined;
      /** Whether what arrived met what the person required (their hard constraints), when they said so. */
      readonly needMet?: boolean | undefined;
      /** The honesty finding codes the offer showed when it was bought (see `OrderRecord.findings`); absent: not recorded. */
      readonly findings?: readonly string[] | undefined;
      readonly note: string;
    }
  | { readonly kind: 'protocol-violation'; readonly brandId: string; readonly violation: string; readonly detail: string; readonly claimedBrandId?: string | undefined; readonly offerId?: string | undefined; readonly requestId?: string | undefined };

/** The trust ledger as the butler uses it (implemented over agent/trust's ledger). */
export interface ButlerTrust {
  /** The brand's current trust, as the scorers read it; undefined for a brand with no history at all. */
  view(brandId: string, now: Date): BrandTrustView | undefined;
  /** Claims settled in past purchases from this brand. */
  pastOutcomes(brandId: string): ClaimOutcome[];
  /** Appends observations atomically, in order. */
  record(observations: readonly TrustObservation[], now: Date): void;
  /**
   * Whether an `order-refused` of this brand in this person's request is on record already, under the request's id or
   * its "anything cheaper?" round's (`sameShopRequest`): a request's refusals count once, so a brand honestly out of
   * stock is not punished again for each offer or retry. Absent: the port keeps no record.
   */
  hasOrderRefusal?(brandId: string, requestId: string): boolean;
  /** The identities the ledger links to this one (same endpoint, key, domain…); absent when the port keeps no links. */
  linkedIdentities?(brandId: string): readonly string[];
  /**
   * The identities linked to this one through any link, a shared server included (a host may serve several parties,
   * so these do not share evidence): whom a ban on any of them covers. Absent: `linkedIdentities` is the ban's reach.
   */
  connectedIdentities?(brandId: string): readonly string[];
  /**
   * The mean calibrated honesty at `now` of every identity on record whose claims were checked (agent/scoring
   * `checkedHonestyOf`): how the strangers this person met turned out, which prices the next stranger. Undefined when
   * none was checked; absent when the port keeps no record (the no-ledger ablation).
   */
  checkedHonesty?(now: Date): number | undefined;
  /**
   * What the person's delivered orders showed about the findings on the offers bought (`FindingRecord`, folded from
   * `order-outcome` events with `findings`): the evidence the learned finding weights read. Absent when the port keeps
   * no record (the no-ledger ablation): the hand-set weights stand.
   */
  findingRecord?(): FindingRecord;
}
