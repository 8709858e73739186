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
}

/** Days the delivery came after what was promised, or after the need's deadline, whichever is worse. */
export function daysLate(d: Delivery): number {
  const vsPromise = Math.max(0, d.actualDeliveryDays - d.promisedDeliveryDays);
  if (d.deadline === undefined) return vsPromise;
  const arrival = d.placedAtMs + d.actualDeliveryDays * DAY_MS;
  return Math.max(vsPromise, Math.ceil(Math.max(0, arrival - Date.parse(d.deadline)) / DAY_MS));
}

/**
 * Welfare of one purchase in minor units: the true value of what arrived (money value of a perfect product × true
 * utility, extra units worth less) minus lateness costs, minus the money actually paid for what arrived.
 */
export function deliveryWelfare(persona: Persona, population: ConsumerPopulation, d: Delivery): number {
  if (d.deliveredQuantity === 0) return 0;
  const units = 1 + population.extraUnitValue * (d.deliveredQuantity - 1);
  const gross = persona.valueMinor * trueUtility(persona, d.product, population) * units;
  const lateness = persona.valueMinor * population.lateCostPerDay * daysLate(d);
  const paid = Math.round((d.charged * d.deliveredQuantity) / Math.max(1, d.orderedQuantity));
  return Math.round(gross - lateness) - paid;
}

/** Converts a settled DeliveryOutcome (ground truth) into what welfare needs; undefined while still in transit. */
export function deliveryOf(outcome: DeliveryOutcome, product: ProductTruth, placedAtMs: number, deadline: string | undefined): Delivery | undefined {
  if (outcome.status === 'in-transit') return undefined;
  return {
    product,
    orderedQuantity: outcome.orderedQuantity,
    deliveredQuantity: outcome.deliveredQuantity,
    charged: outcome.charged.amountMinor,
    promisedDeliveryDays: outcome.promisedDeliveryDays,
    actualDeliveryDays: outcome.actualDeliveryDays,
    placedAtMs,
    deadline,
  };
}
