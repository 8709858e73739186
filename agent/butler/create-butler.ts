import type { PressureDetector } from '../scoring/index.ts';
import type { BrandCallError } from '../transport/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import { Butler } from './butler.ts';
import type { GroundTruth } from './butler-deps.ts';
import type { ButlerMemory } from './butler-memory.ts';
import type { ButlerTrust } from './butler-trust.ts';
import { InProcessReservations } from './in-process-reservations.ts';
import type { PurchaseReservations } from './purchase-reservations.ts';

/** How to build a butler: its ports, and the few knobs that differ between the app, tests, the bench and the simulator. */
export interface CreateButlerOptions {
  readonly brands: () => readonly BrandConnection[];
  readonly memory: ButlerMemory;
  readonly trust: ButlerTrust;
  readonly detectPressure: PressureDetector;
  readonly clock: () => Date;
  readonly honestyFloor: number;
  /** Default 1. */
  readonly seed?: number;
  /** Key each request's tie-break and exploration draw with the install secret (see `drawKey`). Default false. */
  readonly privateDraws?: boolean;
  /** Default true. */
  readonly haggle?: boolean;
  readonly unreachable?: () => ReadonlyArray<{ id: string; error: BrandCallError }>;
  /** Default: `memory` itself when it implements them (SQLite: atomic across processes), else in-process reservations. */
  readonly reservations?: PurchaseReservations;
  readonly groundTruth?: GroundTruth;
}

function isReservations(value: unknown): value is PurchaseReservations {
  const v = value as Partial<PurchaseReservations> | null;
  return typeof v?.reserve === 'function' && typeof v.complete === 'function';
}

/**
 * The one way to build a butler (app, tests, bench, simulator).
 * @example
 * const butler = createButler({ brands: () => connections, memory, trust, detectPressure: detectPressureTactics, clock: () => new Date(), honestyFloor: RECOMMENDATION_FLOOR });
 */
export function createButler(options: CreateButlerOptions): Butler {
  const reservations = options.reservations ?? (isReservations(options.memory) ? options.memory : new InProcessReservations(options.memory));
  return new Butler({
    brands: options.brands,
    memory: options.memory,
    trust: options.trust,
    detectPressure: options.detectPressure,
    clock: options.clock,
    seed: options.seed ?? 1,
    ...(options.privateDraws === true ? { privateDraws: true } : {}),
    honestyFloor: options.honestyFloor,
    haggle: options.haggle ?? true,
    reservations,
    ...(options.unreachable ? { unreachable: options.unreachable } : {}),
    ...(options.groundTruth ? { groundTruth: options.groundTruth } : {}),
  });
}
