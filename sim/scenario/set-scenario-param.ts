import { SimError } from '../sim-error.ts';

/** One `path=value` assignment, e.g. `brands.dishonestShare=0.5`. */
export interface ParamAssignment {
  readonly path: string;
  readonly value: unknown;
}

const PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** Reads a command-line value: JSON when it parses (numbers, booleans, arrays, objects), else the raw string. */
export function readParamValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Parses `path=value`; throws INVALID_PARAM with the offending text. */
export function parseAssignment(text: string): ParamAssignment {
  const at = text.indexOf('=');
  const path = at === -1 ? '' : text.slice(0, at).trim();
  if (at === -1 || !PATH.test(path)) throw new SimError('INVALID_PARAM', `"${text}" is not path=value (e.g. brands.dishonestShare=0.5)`);
  return { path, value: readParamValue(text.slice(at + 1)) };
}

/** Parses a sweep axis `path=v1,v2,v3` into its values (each read as JSON when it parses). */
export function parseSweepAxis(text: string): { path: string; values: unknown[] } {
  const { path } = parseAssignment(text);
  const raw = text.slice(text.indexOf('=') + 1);
  const values = raw.split(',').map((v) => readParamValue(v.trim()));
  if (values.length === 0 || raw.trim() === '') throw new SimError('INVALID_PARAM', `${path}: give at least one value`);
  return { path, values };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of `node` as the scenario states it: its own property only, never one inherited (`__proto__`, `constructor`). */
function ownField(node: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

/** `node` with its own field `key` set to `value`, as data: a key like `__proto__` is a field the schema refuses, never the prototype. */
function withField<T extends object>(node: T, key: string, value: unknown): T {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return node;
}

/**
 * Returns a copy of a raw scenario with `path` set to `value`. Missing objects on the way are created; an array index
 * must already exist. Only the objects on the path are copied (the rest is shared with `raw`, never changed), and a
 * path walks the scenario's own fields only: `__proto__.x` or `constructor.prototype.x` name fields the schema then
 * refuses, never a prototype every object of the process shares. The result is validated later by the scenario
 * schema, which names any unknown field.
 */
export function setScenarioParam(raw: unknown, assignment: ParamAssignment): Record<string, unknown> {
  if (!isRecord(raw)) throw new SimError('INVALID_PARAM', 'the scenario is not an object');
  const parts = assignment.path.split('.');
  const root: Record<string, unknown> = { ...raw };
  let node: unknown = root;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const last = i === parts.length - 1;
    if (Array.isArray(node)) {
      const index = Number(key);
      if (!Number.isInteger(index) || index < 0 || index >= node.length) {
        throw new SimError('INVALID_PARAM', `${assignment.path}: "${key}" is not an index of ${parts.slice(0, i).join('.')} (length ${node.length})`);
      }
      node[index] = last ? assignment.value : copyOf(node[index]);
      node = node[index];
    } else if (isRecord(node)) {
      const child = ownField(node, key);
      withField(node, key, last ? assignment.value : child === undefined ? {} : copyOf(child));
      node = node[key];
    } else {
      throw new SimError('INVALID_PARAM', `${assignment.path}: ${parts.slice(0, i).join('.')} is not an object`);
    }
  }
  return root;
}

/** A shallow copy of an object or array on the path (spread copies own fields as data, `__proto__` included); anything else as it is. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  return isRecord(value) ? { ...value } : value;
}

/** Applies assignments in order. */
export function applyScenarioParams(raw: unknown, assignments: readonly ParamAssignment[]): Record<string, unknown> {
  let out = isRecord(raw) ? raw : {};
  for (const a of assignments) out = setScenarioParam(out, a);
  return out;
}
