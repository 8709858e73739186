// generateParser writes a parser per schema that must answer as zod does: the same accept/reject for every input, on
// accept the same data (a fresh copy, keys in the same order), and, through compiledSchema, zod's own issues on reject.
// Fed here: every protocol message example (each tool's arguments and answers) and thousands of seeded mutations of
// them (wrong types, missing and extra fields, out-of-range numbers, strings past their bounds in UTF-16 units and in
// code points, lone surrogates, bad patterns and timestamps, oversize arrays, odd record keys), plus small schemas for
// what the protocol does not use yet (strict objects, defaults, nullables, unions of objects, records of objects).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROTOCOL_TOOLS, ToolErrorSchema, compiledSchema, createSeededRandom, type SeededRandom } from '../../protocol/index.ts';
import { NOT_ACCEPTED, generateParser } from '../../protocol/generate-parser.ts';
import { MESSAGE_EXAMPLES } from '../../protocol/message-examples.ts';

type Path = ReadonlyArray<string | number>;

/** Bounds the protocol schemas use, each side of which a mutated number or length lands. */
const BOUNDS = [0, 1, 2, 3, 8, 10, 14, 16, 32, 64, 100, 120, 128, 200, 300, 365, 500, 600, 1000, 3650, 4000];

/** Every path to a value inside `value` (the root included). */
function paths(value: unknown, prefix: Path = []): Path[] {
  const here: Path[] = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  return here;
}

function textOfLength(random: SeededRandom, length: number): string {
  const unit = random.pick(['x', 'É', '\u{1F45F}', 'a b', '\u200b']);
  let text = '';
  while (text.length < length) text += unit;
  return text.slice(0, length);
}

/** A replacement for `current`: another type, a bound ±1, a string past its length in units or code points, a bad pattern. */
function oddValue(random: SeededRandom, current: unknown): unknown {
  const bound = random.pick(BOUNDS) + random.pick([-1, 0, 1]);
  switch (random.int(0, 5)) {
    case 0:
      return random.pick([null, undefined, true, false, 0, -1, 1.5, '', 'x', [], {}, [1], { amountMinor: 1, currency: 'EUR' }]);
    case 1:
      return typeof current === 'number'
        ? random.pick([current + 1, current - 1, current + 0.5, -current, -0, bound, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1e21])
        : bound;
    case 2:
      return typeof current === 'string'
        ? random.pick([current.toUpperCase(), current.toLowerCase(), ` ${current}`, `${current}\u0000`, `${current}\ud800`, current.replace(/.$/u, '\u{1F45F}')])
        : textOfLength(random, bound);
    case 3:
      return random.pick(['2026-02-30T10:00:00.000Z', '2026-11-23T10:00:00+01:00', '2026-11-23T10:00:00Z', '2026-11-23', 'EUR', 'eur', 'running-shoes', 'Running Shoes', '4006381333931', '400638133393x', 'id:with.ok-chars_1', 'a/b', 'offers', 'decline', 'constructor']);
    case 4:
      return textOfLength(random, bound);
    default:
      return Array.isArray(current) ? [...current, ...current, ...current, ...current] : structuredClone(current);
  }
}

/** `value` with one seeded mutation at a random place (a fresh copy; the example itself is untouched). */
function mutate(random: SeededRandom, value: unknown): unknown {
  const holder: Record<string, unknown> = { root: structuredClone(value) };
  const path: Path = ['root', ...random.pick(paths(value))];
  let parent = holder as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  switch (random.int(0, 5)) {
    case 0:
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 1:
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        const key = random.pick(['extra', 'Size', 'size eu', '', 'constructor', 'toString', 'x'.repeat(65), 'offers']);
        (target as Record<string, unknown>)[key] = oddValue(random, undefined);
      } else parent[last] = oddValue(random, target);
      break;
    case 2:
      if (Array.isArray(target)) {
        const grown = [...target];
        while (grown.length <= 64 && grown.length > 0) grown.push(structuredClone(grown[0]));
        parent[last] = random.chance(0.5) ? grown : [];
      } else parent[last] = oddValue(random, target);
      break;
    case 3:
      // An attribute record past its 64 names, or one odd name.
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        const record = target as Record<string, unknown>;
        const count = random.chance(0.5) ? 70 : 1;
        for (let i = 0; i < count; i++) record[`attr_${i}`] = random.pick([1, 'x', true, null]);
      } else parent[last] = oddValue(random, target);
      break;
    default:
      parent[last] = oddValue(random, target);
  }
  // Sometimes a second mutation elsewhere, so two broken rules meet.
  return random.chance(0.2) ? mutate(random, holder.root) : holder.root;
}

/** Every object and array inside `value`. */
function containers(value: unknown, found = new Set<unknown>()): Set<unknown> {
  if (typeof value === 'object' && value !== null) {
    found.add(value);
    for (const v of Object.values(value)) containers(v, found);
  }
  return found;
}

/** Checks the generated parser, and compiledSchema, against zod on `input`; returns whether zod accepted it. */
function expectSameAsZod(schema: z.ZodType, input: unknown, title: string): boolean {
  const parser = generateParser(schema)!;
  const expected = schema.safeParse(input);
  const out = parser(input);
  expect(out !== NOT_ACCEPTED, `${title}: accepted`).toBe(expected.success);
  if (expected.success) {
    expect(out, title).toStrictEqual(expected.data);
    expect(JSON.stringify(out), title).toBe(JSON.stringify(expected.data));
    // A fresh copy: no object or array of the input is handed back.
    const inputs = containers(input);
    for (const part of containers(out)) expect(inputs.has(part), `${title}: shares a value with its input`).toBe(false);
    return true;
  }
  const viaCompiled = compiledSchema(schema).safeParse(input);
  expect(viaCompiled.success, title).toBe(false);
  expect(viaCompiled.error?.issues, title).toEqual(expected.error.issues);
  return false;
}

const PROTOCOL_SCHEMAS: ReadonlyArray<[string, z.ZodType]> = [
  ...Object.values(PROTOCOL_TOOLS).flatMap((tool): Array<[string, z.ZodType]> => [
    [`${tool.name} input`, tool.input],
    [`${tool.name} output`, tool.output],
  ]),
  ['tool error', ToolErrorSchema],
];

describe('generateParser', () => {
  it('writes a parser for every protocol message schema (none is left to zod alone)', () => {
    for (const [name, schema] of PROTOCOL_SCHEMAS) expect(generateParser(schema), name).toBeTypeOf('function');
  });

  it('accepts every message example with the data zod gives', () => {
    for (const example of MESSAGE_EXAMPLES) expect(expectSameAsZod(example.schema, example.value, example.title), example.title).toBe(true);
  });

  it('answers as zod on 20,000 seeded mutations of the message examples, for every message type', () => {
    const random = createSeededRandom('generate-parser');
    const verdicts = new Map<z.ZodType, { accepted: number; refused: number }>();
    for (let i = 0; i < 20_000; i++) {
      const example = MESSAGE_EXAMPLES[i % MESSAGE_EXAMPLES.length]!;
      const accepted = expectSameAsZod(example.schema, mutate(random, example.value), `${example.title} #${i}`);
      const count = verdicts.get(example.schema) ?? { accepted: 0, refused: 0 };
      if (accepted) count.accepted++;
      else count.refused++;
      verdicts.set(example.schema, count);
    }
    // Both sides of the line were exercised for every message type.
    for (const example of MESSAGE_EXAMPLES) {
      const count = verdicts.get(example.schema)!;
      expect(count.refused, example.title).toBeGreaterThan(100);
      expect(count.accepted, example.title).toBeGreaterThan(20);
    }
  });

  it('answers as zod for what the protocol schemas do not use yet', () => {
    const Item = z.object({ id: z.string().min(1), size: z.number().int().min(0).optional() });
    const schema = z.strictObject({
      name: z.string().max(3),
      note: z.string().nullable(),
      count: z.number().default(2),
      maybe: z.unknown(),
      items: z.array(Item).min(1).max(2),
      byName: z.record(z.string().regex(/^[a-z]+$/), Item).optional(),
      either: z.union([z.object({ kind: z.literal('a'), a: z.number() }), z.object({ kind: z.literal('b') }), z.string()]).optional(),
      when: z.iso.datetime({ offset: false }).optional(),
      word: z.string().regex(/o/g).optional(),
    });
    expect(generateParser(schema)).toBeTypeOf('function');
    const valid = { name: 'abc', note: null, maybe: 1, items: [{ id: 'x' }], byName: { a: { id: 'y', size: 2 } }, either: { kind: 'b', extra: 1 } };
    const inputs: unknown[] = [
      valid,
      { ...valid, count: 5, either: 'text', when: '2026-01-01T00:00:00Z', word: 'foo' },
      { ...valid, count: undefined, maybe: undefined },
      { ...valid, extra: true },
      { ...valid, note: undefined },
      { ...valid, name: '\u{1F45F}\u{1F45F}\u{1F45F}' },
      { ...valid, name: '\u{1F45F}\u{1F45F}\u{1F45F}x' },
      { ...valid, items: [] },
      { ...valid, items: [{ id: '' }] },
      { ...valid, items: [{ id: 'a', size: 1.5 }] },
      { ...valid, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
      { ...valid, byName: { A: { id: 'y' } } },
      { ...valid, byName: Object.assign(Object.create(null) as object, { a: { id: 'y' } }) },
      { ...valid, byName: { a: { id: 'y' }, [Symbol('s')]: { id: 'z' } } },
      { ...valid, either: { kind: 'a' } },
      { ...valid, either: { kind: 'a', a: 1, more: 2 } },
      { ...valid, when: '2026-02-29T00:00:00Z' },
      { ...valid, word: 'xxx' },
      Object.assign(Object.create({ inherited: 1 }) as object, valid),
      { name: 'abc' },
      [],
      null,
    ];
    for (const [i, input] of inputs.entries()) expectSameAsZod(schema, input, `synthetic #${i}`);
  });

  it('leaves to zod a record key it cannot decide alone (__proto__), with zod\'s verdict', () => {
    const schema = PROTOCOL_TOOLS.requestOffers.output;
    const example = MESSAGE_EXAMPLES.find((e) => e.schema === schema)!;
    const input = JSON.parse(JSON.stringify(example.value).replace('"attributes":{', '"attributes":{"__proto__":1,')) as unknown;
    expect(generateParser(schema)!(input)).toBe(NOT_ACCEPTED);
    expect(compiledSchema(schema).safeParse(input)).toEqual(schema.safeParse(input));
  });
});
