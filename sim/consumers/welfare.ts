import type { DeliveryOutcome, ProductTruth } from '../../brand-agent/reference/index.ts';
import type { ConsumerPopulation } from '../scenario/scenario-schema.ts';
import { trueUtility, type Persona } from './consumer.ts';

const DAY_MS = 86_400_000;

/** What happened to a purchase, as welfare sees it. */
export interface Delivery {
  readonly product: ProductTruth;
  readonly orderedQuantity: number;
  readonly deliveredQuantity: number;
  readonly charged: number;
  readonly promisedDeliveryDays: number;
  readonly actualDeliveryDays: number;
  /** When the order was placed (epoch ms) and the need's deadline, if any. */
  readonly placedAtMs: number;
  readonly deadline?: string | undefined;
  /** Stated facts (offer claims and attributes) that what arrived contradicted. */
  readonly claimsFailed?: number;
  /** The receipt differed from the accepted offer (charged more, or worse terms): the brand switched after the deal. */
  readonly switched?: boolean;
}

/** Remedies one purchase needs: a return or complaint for failed claims, a dispute for a switch or a short delivery. */
export function remediesOf(d: Delivery): number {
  const claims = (d.claimsFailed ?? 0) > 0 ? 1 : 0;
  const dispute = d.switched === true || d.deliveredQuantity < d.orderedQuantity ? 1 : 0;
  return claims + dispute;
}

/** Whether the person was deceived: what arrived, or what was charged, is not what was claimed. */
export function wasDeceived(d: Delivery): boolean {
  return (d.claimsFailed ?? 0) > 0 || d.switched === true;
}

/** The cost of one remedy (a return, a dispute, a refused order's lost time) in minor units: a share of the need's value. */
export function remedyCost(persona: Persona, population: ConsumerPopulation): number {
  return Math.round(persona.valueMinor * population.remedyCost);
}

/** Days the delivery came after what was promised, or after the need's deadline, whichever is worse. */
export function daysLate(d: Delivery): number {
  const vsPromise = Math.max(0, d.actualDeliveryDays - d.promisedDeliveryDays);
  if (d.deadline === undefined) return vsPromise;
  const arrival = d.placedAtMs + d.actualDeliveryDays * DAY_MS;
  return Math.max(vsPromise, Math.ceil(Math.max(0, arrival - Date.parse(d.deadline)) / DAY_MS));
}

/**
 * Risk-adjusted welfare of one purchase in minor units: the true value of what arrived (money value of a perfect
 * product × true utility, extra units worth less) − lateness costs − the money actually paid for what arrived − the
 * remedies it needs (each `remedyCost` × value) − `deceptionCost` × value when the person was deceived.
 */
export function deliveryWelfare(persona: Persona, population: ConsumerPopulation, d: Delivery): number {
  const remedies = remediesOf(d) * remedyCost(persona, population);
  const deception = wasDeceived(d) ? Math.round(persona.valueMinor * population.deceptionCost) : 0;
  if (d.deliveredQuantity === 0) return -remedies - deception;
  const units = 1 + population.extraUnitValue * (d.deliveredQuantity - 1);
  const gross = persona.valueMinor * trueUtility(persona, d.product, population) * units;
  const lateness = persona.valueMinor * population.lateCostPerDay * daysLate(d);
  const paid = Math.round((d.charged * d.deliveredQuantity) / Math.max(1, d.orderedQuantity));
  return Math.round(gross - lateness) - paid - remedies - deception;
}

/** Converts a settled DeliveryOutcome (ground truth) into what welfare needs; undefined while still in transit. */
export function deliveryOf(outcome: DeliveryOutcome, product: ProductTruth, placedAtMs: number, deadline: string | undefined): Delivery | undefined {
  if (outcome.status === 'in-transit') return undefined;
  const failed = new Set(outcome.claims.filter((c) => c.held === false).map((c) => c.attribute));
  return {
    product,
    orderedQuantity: outcome.orderedQuantity,
    deliveredQuantity: outcome.deliveredQuantity,
    charged: outcome.charged.amountMinor,
    promisedDeliveryDays: outcome.promisedDeliveryDays,
    actualDeliveryDays: outcome.actualDeliveryDays,
    placedAtMs,
    deadline,
    claimsFailed: failed.size,
    switched: !outcome.chargedAsOffered || !outcome.termsAsOffered,
  };
}
