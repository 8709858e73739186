import { z } from 'zod';

/** What a generated parser returns for a message it does not accept: zod itself then parses it and writes the issues. */
export const NOT_ACCEPTED: unique symbol = Symbol('not accepted by the generated parser');

/** A schema's parser in straight-line code: the data zod's parse gives (a fresh copy, keys in schema order), or NOT_ACCEPTED. */
export type GeneratedParser = (input: unknown) => unknown;

/** The parts of a zod schema's internals the generator reads (zod v4's `_zod`). */
export interface Node {
  readonly _zod: {
    readonly def: Def;
    readonly traits: ReadonlySet<string>;
    readonly optin?: 'optional' | 'defaulted';
    readonly optout?: 'optional';
    readonly values?: ReadonlySet<unknown>;
    readonly check?: (payload: { value: unknown; issues: unknown[] }) => unknown;
  };
}

interface Def {
  readonly type: string;
  readonly coerce?: boolean;
  readonly checks?: readonly Node[];
  readonly check?: string;
  readonly when?: unknown;
  readonly format?: string;
  readonly pattern?: unknown;
  readonly fn?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly innerType?: Node;
  readonly element?: Node;
  readonly shape?: Readonly<Record<string, Node>>;
  readonly catchall?: Node;
  readonly options?: readonly Node[];
  readonly discriminator?: unknown;
  readonly keyType?: Node;
  readonly valueType?: Node;
  readonly mode?: string;
  readonly partial?: boolean;
}

/**
 * A schema feature the generator does not write code for: that schema keeps zod's own compiled parser. Thrown while
 * writing and caught by `generateParser`, never seen outside (not an Error: no stack is needed to leave the writer).
 */
export class Unsupported {
  constructor(readonly feature: string) {}
}

/**
 * Thrown inside generated code where zod may decide either way (a check answering with a promise, a key inherited
 * through a polluted prototype): it ends the generated parse, inside a union too, and zod decides.
 */
export const LET_ZOD_DECIDE = Symbol('let zod decide');

/** String formats whose pattern is the whole check (zod tests `def.pattern` and nothing else for these). */
const PATTERN_FORMATS = new Set(['regex', 'datetime', 'date', 'time']);

/** Length checks whose only `when` is zod's default one (run on a value with a length), which every string and array has. */
const LENGTH_CHECKS = new Set(['min_length', 'max_length']);

/** Types that refuse `undefined`, so an absent required key needs no `in` test. */
const REFUSES_UNDEFINED = new Set(['string', 'number', 'boolean', 'object', 'array', 'record', 'never']);

/** How many accepted record keys a record schema remembers (its category vocabularies; a flood of odd keys fills it once). */
const KNOWN_KEYS = 4096;

/** Writes one function's source: statements that `return NO` on the first rule broken, then the output's expression. */
export class ParserWriter {
  private readonly lines: string[] = [];
  private readonly constants: unknown[] = [];
  private vars = 0;

  write(schema: Node): GeneratedParser {
    const output = this.node(schema, 'input');
    const names = this.constants.map((_, i) => `c${i}`);
    const source = `return function generatedParser(input) {\n${this.lines.join('\n')}\nreturn ${output};\n};`;
    // Source written once per schema from its structure (names, bounds and patterns are constants), never from a message.
    const factory = new Function('NO', 'LET_ZOD_DECIDE', ...names, source) as (...args: unknown[]) => GeneratedParser;
    return factory(NOT_ACCEPTED, LET_ZOD_DECIDE, ...this.constants);
  }

  private line(text: string): void {
    this.lines.push(text);
  }

  private constant(value: unknown): string {
    let index = this.constants.indexOf(value);
    if (index < 0) index = this.constants.push(value) - 1;
    return `c${index}`;
  }

  private newVar(): string {
    return `v${this.vars++}`;
  }

  /** `const v = expression;`, returning v. */
  private bind(expression: string): string {
    const name = this.newVar();
    this.line(`const ${name} = ${expression};`);
    return name;
  }

  /** Code checking the value at `at` against `schema`; returns the expression of its parsed value. */
  private node(schema: Node, at: string): string {
    const def = schema._zod.def;
    if (def.coerce) throw new Unsupported('coercion');
    let out: string;
    switch (def.type) {
      case 'string':
        this.line(`if (typeof ${at} !== "string") return NO;`);
        out = at;
        break;
      case 'number':
        this.line(`if (typeof ${at} !== "number" || !Number.isFinite(${at})) return NO;`);
        if (def.format !== undefined) this.numberFormat(def.format, at);
        out = at;
        break;
      case 'boolean':
        this.line(`if (typeof ${at} !== "boolean") return NO;`);
        out = at;
        break;
      case 'unknown':
      case 'any':
        out = at;
        break;
      case 'enum':
      case 'literal': {
        const values = schema._zod.values;
        if (values === undefined) throw new Unsupported('an enum without values');
        this.line(`if (!${this.constant(values)}.has(${at})) return NO;`);
        out = at;
        break;
      }
      case 'optional':
        out = this.optional(schema, at);
        break;
      case 'nullable':
        out = this.nullable(def, at);
        break;
      case 'default':
        out = this.withDefault(def, at);
        break;
      case 'array':
        out = this.array(def, at);
        break;
      case 'object':
        out = this.object(def, at);
        break;
      case 'record':
        out = this.record(def, at);
        break;
      case 'union':
        out = this.union(def, at);
        break;
      default:
        throw new Unsupported(`schema type ${def.type}`);
    }
    return this.checks(schema, out);
  }

  private numberFormat(format: string, at: string): void {
    if (format !== 'safeint') throw new Unsupported(`number format ${format}`);
    this.line(`if (!Number.isSafeInteger(${at})) return NO;`);
  }

  private optional(schema: Node, at: string): string {
    const inner = schema._zod.def.innerType!;
    // An exact optional refuses an explicit undefined, and a defaulted inner substitutes for it: zod's own parser then.
    if (schema._zod.traits.has('$ZodExactOptional') || inner._zod.optin === 'defaulted') throw new Unsupported('exact or defaulted optional');
    const out = this.newVar();
    this.line(`let ${out};`);
    this.line(`if (${at} !== undefined) {`);
    this.line(`${out} = ${this.node(inner, at)};`);
    this.line('}');
    return out;
  }

  private nullable(def: Def, at: string): string {
    const out = this.newVar();
    this.line(`let ${out} = null;`);
    this.line(`if (${at} !== null) {`);
    this.line(`${out} = ${this.node(def.innerType!, at)};`);
    this.line('}');
    return out;
  }

  /** zod's default: undefined becomes `def.defaultValue` (read each time: a getter that copies the value). */
  private withDefault(def: Def, at: string): string {
    const source = this.constant(def);
    const out = this.newVar();
    this.line(`let ${out};`);
    this.line(`if (${at} === undefined) ${out} = ${source}.defaultValue;`);
    this.line('else {');
    this.line(`${out} = ${this.node(def.innerType!, at)};`);
    this.line(`if (${out} === undefined) ${out} = ${source}.defaultValue;`);
    this.line('}');
    return out;
  }

  private array(def: Def, at: string): string {
    this.line(`if (!Array.isArray(${at})) return NO;`);
    // zod refuses an oversized array before reading its elements; so does this (the check runs again below, as zod's).
    for (const check of def.checks ?? []) {
      if (check._zod.def.check === 'max_length') this.line(`if (${at}.length > ${finite(check._zod.def.maximum)}) return NO;`);
    }
    const out = this.bind(`new Array(${at}.length)`);
    const i = this.newVar();
    this.line(`for (let ${i} = 0; ${i} < ${at}.length; ${i}++) {`);
    const element = this.bind(`${at}[${i}]`);
    this.line(`${out}[${i}] = ${this.node(def.element!, element)};`);
    this.line('}');
    return out;
  }

  /**
   * An object as zod's parse reads it (`handlePropertyResult`): a required key must be present, an optional one absent
   * is left out, a defaulted one gets its default; unknown keys are dropped, or refused by a strict object.
   */
  private object(def: Def, at: string): string {
    const strict = def.catchall?._zod.def.type === 'never';
    if (def.catchall !== undefined && !strict) throw new Unsupported('an object with a catchall');
    const shape = def.shape ?? {};
    if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported('symbol keys');
    const keys = Object.keys(shape);
    if (keys.includes('__proto__')) throw new Unsupported('a __proto__ key');
    this.line(`if (typeof ${at} !== "object" || ${at} === null || Array.isArray(${at})) return NO;`);
    // Each key's parsed value, and the condition under which zod writes the key (none: always).
    const written: Array<{ name: string; value: string; when?: string }> = [];
    for (const key of keys) {
      const child = shape[key]!;
      const name = JSON.stringify(key);
      const { optin, optout } = child._zod;
      if (optin === 'optional' && optout === 'optional') {
        // Absent, zod leaves the key out whatever its schema says of undefined: check it only when present.
        const present = this.bind(`${name} in ${at}`);
        const value = this.newVar();
        this.line(`let ${value};`);
        this.line(`if (${present}) {`);
        this.line(`${value} = ${this.node(child, this.bind(`${at}[${name}]`))};`);
        this.line('}');
        written.push({ name, value, when: present });
        continue;
      }
      if (optin === undefined && !refusesUndefined(child)) this.line(`if (!(${name} in ${at})) return NO;`);
      const value = this.node(child, this.bind(`${at}[${name}]`));
      const always = optin === undefined || (optin === 'defaulted' && optout !== 'optional');
      written.push(always ? { name, value } : { name, value, when: `${value} !== undefined || ${name} in ${at}` });
    }
    if (strict) {
      const known = this.constant(new Set(keys));
      const key = this.newVar();
      this.line(`for (const ${key} in ${at}) if (!${known}.has(${key})) return NO;`);
    }
    const out = this.newVar();
    if (written.every((w) => w.when === undefined)) {
      // Every key is written: one literal, so every parsed object of this schema has one shape.
      this.line(`const ${out} = { ${written.map((w) => `${w.name}: ${w.value}`).join(', ')} };`);
    } else {
      this.line(`const ${out} = {};`);
      for (const w of written) this.line(`${w.when === undefined ? '' : `if (${w.when}) `}${out}[${w.name}] = ${w.value};`);
    }
    return out;
  }

  /**
   * A record as zod's parse reads it: a plain object whose own enumerable keys and their values are checked (an
   * enumerable symbol key is refused, `__proto__` left out). Own keys are walked with for-in (zod's Reflect.ownKeys
   * and propertyIsEnumerable cost 20 times more); a key for-in finds that is not own (a polluted prototype) or a
   * `__proto__` key is left to zod. Values parsed to themselves (text, numbers...) are copied in one spread.
   */
  private record(def: Def, at: string): string {
    const keyType = def.keyType!;
    const valueType = def.valueType!;
    // A string key schema: zod's retry of a refused numeric key as a number can never pass it.
    if (def.mode === 'loose' || def.partial || keyType._zod.def.type !== 'string' || keyType._zod.values !== undefined) {
      throw new Unsupported('a record with enumerated, loose or non-string keys');
    }
    this.line(`if (!${this.constant(z.util.isPlainObject)}(${at})) return NO;`);
    const hasOwn = this.constant(Object.prototype.hasOwnProperty);
    const copied = parsesToItself(valueType);
    // The spread copies own enumerable keys, symbols included, reading each once, in zod's order.
    const out = this.bind(copied ? `{ ...${at} }` : '{}');
    const from = copied ? out : at;
    const key = this.newVar();
    this.line(`for (const ${key} in ${from}) {`);
    this.line(`if (${key} === "__proto__" || !${hasOwn}.call(${from}, ${key})) throw LET_ZOD_DECIDE;`);
    // for-in gives strings: the key schema's type test is written all the same. Keys repeat from message to message
    // (a category's attribute names), so a key schema without refinements remembers the keys it accepted.
    const outKey = this.recordKey(keyType, key);
    const value = this.node(valueType, this.bind(`${from}[${key}]`));
    if (!copied) this.line(`${out}[${outKey}] = ${value};`);
    this.line('}');
    const symbols = this.bind(`Object.getOwnPropertySymbols(${from})`);
    if (copied) this.line(`if (${symbols}.length !== 0) return NO;`);
    else this.line(`for (let i = 0; i < ${symbols}.length; i++) if (${this.constant(Object.prototype.propertyIsEnumerable)}.call(${at}, ${symbols}[i])) return NO;`);
    return out;
  }

  /** A record key checked once per distinct name: up to KNOWN_KEYS accepted names are remembered (a pure check of a string). */
  private recordKey(keyType: Node, key: string): string {
    const pure = (keyType._zod.def.checks ?? []).every((check) => check._zod.def.check !== 'custom');
    if (!pure) return this.node(keyType, key);
    const known = this.constant(new Set<string>());
    this.line(`if (!${known}.has(${key})) {`);
    // A string schema without refinements parses a key to itself, so nothing declared in this block is read outside.
    if (this.node(keyType, key) !== key) throw new Unsupported('a record key parsed to another value');
    this.line(`if (${known}.size < ${KNOWN_KEYS}) ${known}.add(${key});`);
    this.line('}');
    return key;
  }

  /** zod's union: the first option that accepts, each option its own generated function. */
  private union(def: Def, at: string): string {
    const options = def.options ?? [];
    if (def.discriminator !== undefined || def.inclusive === false || options.length === 0) throw new Unsupported('a discriminated, exclusive or empty union');
    if (options.length === 1) return this.node(options[0]!, at);
    const out = this.newVar();
    options.forEach((option, i) => {
      const call = `${this.constant(new ParserWriter().write(option))}(${at})`;
      this.line(i === 0 ? `let ${out} = ${call};` : `if (${out} === NO) ${out} = ${call};`);
    });
    this.line(`if (${out} === NO) return NO;`);
    return out;
  }

  /** The schema's checks (and the schema itself when it is one, as a string format is), in zod's order. */
  private checks(schema: Node, at: string): string {
    const def = schema._zod.def;
    const checks = schema._zod.traits.has('$ZodCheck') ? [schema, ...(def.checks ?? [])] : (def.checks ?? []);
    let value = at;
    for (const check of checks) {
      const c = check._zod.def;
      if (c.when !== undefined && !LENGTH_CHECKS.has(c.check ?? '')) throw new Unsupported('a check with a "when" condition');
      switch (c.check) {
        case 'min_length':
        case 'max_length':
          this.length(def.type, c, value);
          break;
        case 'greater_than':
          this.line(`if (${value} ${c.inclusive ? '<' : '<='} ${finite(c.value)}) return NO;`);
          break;
        case 'less_than':
          this.line(`if (${value} ${c.inclusive ? '>' : '>='} ${finite(c.value)}) return NO;`);
          break;
        case 'number_format':
          this.numberFormat(c.format ?? '', value);
          break;
        case 'string_format':
          this.stringFormat(c, value);
          break;
        case 'custom':
          value = this.custom(check, value);
          break;
        default:
          throw new Unsupported(`check ${c.check}`);
      }
    }
    return value;
  }

  /** zod measures strings in code points (at most their UTF-16 length, at least half of it) and arrays in elements. */
  private length(type: string, c: Def, at: string): void {
    const codePoints = this.constant(z.util.codePointLength);
    if (type === 'array') {
      if (c.check === 'min_length') this.line(`if (${at}.length < ${finite(c.minimum)}) return NO;`);
      else this.line(`if (${at}.length > ${finite(c.maximum)}) return NO;`);
    } else if (type === 'string') {
      if (c.check === 'min_length') {
        const min = finite(c.minimum);
        this.line(`if (${at}.length < ${min} || (${at}.length < ${2 * Number(min)} && ${codePoints}(${at}) < ${min})) return NO;`);
      } else {
        const max = finite(c.maximum);
        this.line(`if (${at}.length > ${max} && ${codePoints}(${at}) > ${max}) return NO;`);
      }
    } else {
      throw new Unsupported(`a length check on ${type}`);
    }
  }

  private stringFormat(c: Def, at: string): void {
    const pattern = c.pattern;
    if (c.fn !== undefined || !PATTERN_FORMATS.has(c.format ?? '') || !(pattern instanceof RegExp)) throw new Unsupported(`string format ${c.format}`);
    const regex = this.constant(pattern);
    // zod resets lastIndex, which `test` reads only for a global or sticky pattern.
    if (pattern.global || pattern.sticky) this.line(`${regex}.lastIndex = 0;`);
    this.line(`if (!${regex}.test(${at})) return NO;`);
  }

  /** A refinement (`refine`, `superRefine`): zod's own check run on the parsed value, accepted when it adds no issue. */
  private custom(check: Node, at: string): string {
    const run = check._zod.check;
    if (typeof run !== 'function' || run.constructor.name === 'AsyncFunction') throw new Unsupported('an async or empty refinement');
    const payload = this.bind(`{ value: ${at}, issues: [] }`);
    const result = this.bind(`${this.constant(run)}(${payload})`);
    this.line(`if (${result} instanceof Promise) throw LET_ZOD_DECIDE;`);
    this.line(`if (${payload}.issues.length !== 0) return NO;`);
    return this.bind(`${payload}.value`);
  }
}

/** A bound written into generated source: only a finite number may be. */
function finite(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Unsupported(`a bound of ${String(value)}`);
  return String(value);
}

/** Whether zod's parse of this schema gives back the very value it was given (a primitive, an enum, a union of them). */
function parsesToItself(schema: Node): boolean {
  const def = schema._zod.def;
  if (def.checks?.some((check) => check._zod.def.check === 'custom')) return false;
  if (def.type === 'union') return (def.options ?? []).every(parsesToItself);
  return ['string', 'number', 'boolean', 'enum', 'literal', 'unknown', 'any'].includes(def.type);
}

function refusesUndefined(schema: Node): boolean {
  const { type } = schema._zod.def;
  if (REFUSES_UNDEFINED.has(type)) return true;
  return (type === 'enum' || type === 'literal') && schema._zod.values?.has(undefined) === false;
}
