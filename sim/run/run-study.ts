import { buildMarket } from '../market/build-market.ts';
import { computeMetrics } from '../metrics/compute-metrics.ts';
import type { RunMetrics } from '../metrics/metrics-types.ts';
import type { ConsumerWelfare } from '../metrics/tally.ts';
import { scenarioFrom } from '../scenario/load-scenario.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { applyScenarioParams, type ParamAssignment } from '../scenario/set-scenario-param.ts';
import type { EventRow } from './event-row.ts';
import { runSimulation, type RunOptions, type SimulationResult } from './run-simulation.ts';

/** One arm of a study: a name and the scenario fields it sets. */
export interface StudyVariant {
  readonly name: string;
  readonly description: string;
  readonly set: readonly ParamAssignment[];
}

/** The result of one arm. */
export interface VariantResult {
  readonly name: string;
  readonly description: string;
  readonly set: Readonly<Record<string, unknown>>;
  readonly scenario: Scenario;
  readonly metrics: RunMetrics;
  /** Welfare per consumer and policy (the units of the paired statistics; pooled across seeds by `runSeeds`). */
  readonly consumerWelfare: ConsumerWelfare;
  readonly events: EventRow[];
  readonly elapsedMs: number;
}

/** Every arm of a study, run on the same seed. */
export interface StudyResult {
  readonly name: string;
  readonly description: string;
  readonly focus: Scenario['report']['focus'];
  readonly trustBrands: number;
  readonly variants: readonly VariantResult[];
  /** For sweeps: the swept paths, in grid order. */
  readonly axes: readonly string[];
}

/** The arms a scenario defines (its `variants`), or one arm "base" when it defines none. */
export function variantsOf(scenario: Scenario): StudyVariant[] {
  if (scenario.variants.length === 0) return [{ name: 'base', description: '', set: [] }];
  return scenario.variants.map((v) => ({ name: v.name, description: v.description, set: Object.entries(v.set).map(([path, value]) => ({ path, value })) }));
}

/** What a study runs: the raw scenario, where it came from, command-line overrides and (for sweeps) its arms and axes. */
export interface StudyInput {
  readonly raw: unknown;
  readonly source: string;
  readonly overrides: readonly ParamAssignment[];
  readonly variants?: readonly StudyVariant[];
  readonly axes?: readonly string[];
}

/** A study's validated base scenario and, per arm, the scenario it simulates. */
export interface StudyPlan {
  readonly base: Scenario;
  readonly variants: readonly StudyVariant[];
  readonly scenarios: readonly Scenario[];
}

/**
 * Plans a study: each arm is the raw scenario with the arm's fields set, then the command-line overrides (which win),
 * validated.
 */
export function planStudy(input: StudyInput): StudyPlan {
  const base = scenarioFrom(input.raw, input.overrides, input.source);
  const variants = input.variants ?? variantsOf(base);
  const scenarios = variants.map((v) => scenarioFrom(applyScenarioParams(input.raw, [...v.set, ...input.overrides]), [], `${input.source} (variant ${v.name})`));
  return { base, variants, scenarios };
}

/** Measures one simulated arm from its merged tally and event rows. */
export function variantResult(variant: StudyVariant, scenario: Scenario, run: Pick<SimulationResult, 'tally' | 'events' | 'elapsedMs'>): VariantResult {
  return {
    name: variant.name,
    description: variant.description,
    set: Object.fromEntries(variant.set.map((a) => [a.path, a.value])),
    scenario,
    metrics: computeMetrics(buildMarket(scenario), run.tally),
    consumerWelfare: run.tally.consumers,
    events: run.events,
    elapsedMs: run.elapsedMs,
  };
}

/** Assembles a study's result from its plan and every arm's result, in arm order. */
export function studyResult(plan: StudyPlan, input: Pick<StudyInput, 'axes'>, variants: readonly VariantResult[]): StudyResult {
  return { name: plan.base.name, description: plan.base.description, focus: plan.base.report.focus, trustBrands: plan.base.report.trustBrands, variants, axes: input.axes ?? [] };
}

/** Runs every arm of a study (see `planStudy`): each is simulated and measured. */
export async function runStudy(
  input: StudyInput,
  options: RunOptions & { readonly onVariant?: (name: string, index: number, count: number) => void },
): Promise<StudyResult> {
  const plan = planStudy(input);
  const { variants, scenarios } = plan;
  const total = scenarios.reduce((s, sc) => s + sc.consumers.count * sc.rounds, 0);
  let before = 0;
  const results: VariantResult[] = [];
  for (const [i, variant] of variants.entries()) {
    const scenario = scenarios[i]!;
    options.onVariant?.(variant.name, i, variants.length);
    const run = await runSimulation(scenario, {
      ...options,
      onProgress: (p) => options.onProgress?.({ done: before + p.done, total }),
    });
    before += scenario.consumers.count * scenario.rounds;
    results.push(variantResult(variant, scenario, run));
  }
  return studyResult(plan, input, results);
}
