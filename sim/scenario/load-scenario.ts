import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SimError } from '../sim-error.ts';
import { ScenarioSchema, type Scenario } from './scenario-schema.ts';
import { applyScenarioParams, type ParamAssignment } from './set-scenario-param.ts';

/** The folder holding the built-in experiments. */
export const BUILTIN_SCENARIO_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

/** The outcome of validating a scenario: the scenario, or every issue with its path. */
export type ScenarioParse = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly string[] };

/** Validates an untrusted scenario object; each issue names its path (e.g. `brands.dishonestShare: too big`). */
export function parseScenario(raw: unknown): ScenarioParse {
  const parsed = ScenarioSchema.safeParse(raw);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`) };
}

/** Finds a scenario file: a path, or the name of a built-in experiment (with or without `.json`). */
export function resolveScenarioPath(nameOrPath: string): string {
  if (existsSync(nameOrPath)) return nameOrPath;
  const name = basename(nameOrPath).replace(/\.json$/, '');
  const builtin = join(BUILTIN_SCENARIO_DIR, `${name}.json`);
  if (existsSync(builtin)) return builtin;
  throw new SimError('SCENARIO_NOT_FOUND', `no scenario file "${nameOrPath}" and no built-in experiment "${name}"`);
}

/** Reads a scenario file as raw JSON (not yet validated), so overrides can be applied before validation. */
export function readScenarioInput(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SimError('SCENARIO_NOT_FOUND', `${path}: cannot read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SimError('INVALID_SCENARIO', `${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Validates a raw scenario with overrides applied; throws INVALID_SCENARIO listing every issue with its path. */
export function scenarioFrom(raw: unknown, overrides: readonly ParamAssignment[] = [], source = 'scenario'): Scenario {
  const result = parseScenario(applyScenarioParams(raw, overrides));
  if (!result.ok) throw new SimError('INVALID_SCENARIO', `${source}: ${result.issues.join('; ')}`, { issues: result.issues });
  return result.scenario;
}

/** Loads, overrides and validates a scenario file or built-in experiment. */
export function loadScenario(nameOrPath: string, overrides: readonly ParamAssignment[] = []): { scenario: Scenario; raw: unknown; path: string } {
  const path = resolveScenarioPath(nameOrPath);
  const raw = readScenarioInput(path);
  return { scenario: scenarioFrom(raw, overrides, path), raw, path };
}

/** Every built-in experiment file name (without `.json`). */
export function builtinScenarioNames(): string[] {
  return ['01-half-dishonest', '02-order-bias', '03-manipulation', '04-defectors', '05-divergence', '06-open-market', '07-long-con'];
}
