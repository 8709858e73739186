// compiledSchema (the parser generateParser writes, then zod's z.compile) checks messages with generated code. It must
// give what the schema itself gives for every input, valid or not: the verdict, the parsed data, and on a refusal the
// same issues (the typed errors quote them).
// Fed here: every message example (each protocol tool's arguments and answers), wrapped as the MCP SDK carries them, and
// thousands of seeded mutations of them (a field removed, retyped, emptied, stretched, an extra key, a wrong enum).
import { CallToolRequestSchema, CallToolResultSchema, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PROTOCOL_TOOLS, ToolErrorSchema, compiledSchema, toolBindingByName } from '../../protocol/index.ts';
import { MESSAGE_EXAMPLES } from '../../protocol/message-examples.ts';

type Json = unknown;

/** Values that break one rule or another: wrong types, bounds, formats, ids, timestamps, enum members. */
const ODD_VALUES: readonly Json[] = [
  null, true, false, 0, -1, 1.5, 43, 1e21, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', 'x', 'EUR', 'eur', 'offers', 'decline',
  'constructor', '__proto__', 'a b', 'id:with.ok-chars_1', '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00+01:00', '2026-13-40T99:00:00Z', '12345678',
  '1234567', 'x'.repeat(129), 'x'.repeat(301), 'x'.repeat(5000), [], [1], ['offers'], {}, { amountMinor: 100, currency: 'EUR' }, { amountMinor: -1, currency: 'EUR' },
  { type: 'text', text: 'hi' }, { attribute: 'size_eu', op: 'eq', value: 43 },
];

/** Every path to a value inside `value` (the root included). */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  return here;
}

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'extra'; key: string; value: Json } | { kind: 'duplicate' };

/** `value` with one mutation at `path` (a fresh copy; the original is untouched). */
function mutate(value: Json, path: ReadonlyArray<string | number>, mutation: Mutation): Json {
  // The value sits under a holder, so the root is mutated like any other place.
  const holder = { root: structuredClone(value) } as Record<string | number, Json>;
  const full: Array<string | number> = ['root', ...path];
  let parent = holder;
  for (const step of full.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = full[full.length - 1]!;
  const target = parent[last];
  switch (mutation.kind) {
    case 'set':
      parent[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'extra':
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, Json>)[mutation.key] = mutation.value;
      break;
    case 'duplicate':
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      break;
  }
  return holder.root;
}

/** What a schema says of an input, in a comparable form. */
function verdict(schema: z.ZodType, input: Json): unknown {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: parsed.error.issues };
}

/** Each example, with every schema it must pass: its own, its tool binding's, and the MCP envelopes around it. */
function cases(): Array<{ title: string; schema: z.ZodType; value: Json }> {
  const all: Array<{ title: string; schema: z.ZodType; value: Json }> = [];
  for (const example of MESSAGE_EXAMPLES) {
    all.push({ title: example.title, schema: example.schema, value: example.value });
    const binding = toolBindingByName(example.tool);
    // The business-error example is no tool's output: its binding check is compared, not required to pass.
    if (binding && example.schema !== ToolErrorSchema) {
      const schema = example.direction.startsWith('butler') ? binding.input : binding.output;
      all.push({ title: `${example.title} (${example.tool} binding)`, schema, value: example.value });
    }
    const result = { content: [{ type: 'text', text: JSON.stringify(example.value) }], structuredContent: example.value };
    all.push({ title: `${example.title} as a tool result`, schema: CallToolResultSchema, value: result });
    all.push({ title: `${example.title} as a JSON-RPC answer`, schema: JSONRPCMessageSchema, value: { jsonrpc: '2.0', id: 7, result } });
    all.push({ title: `${example.title} as a tool call`, schema: CallToolRequestSchema, value: { method: 'tools/call', params: { name: example.tool, arguments: example.value } } });
    all.push({ title: `${example.title} as a JSON-RPC request`, schema: JSONRPCMessageSchema, value: { jsonrpc: '2.0', id: 'r-1', method: 'tools/call', params: { name: example.tool, arguments: example.value } } });
  }
  return all;
}

describe('compiledSchema', () => {
  it('is made once per schema, and is not the schema itself', () => {
    const output = PROTOCOL_TOOLS.requestOffers.output;
    expect(compiledSchema(output)).toBe(compiledSchema(output));
    expect(compiledSchema(output)).not.toBe(output);
  });

  it('accepts every message example as its schema does, with the same data', () => {
    for (const { title, schema, value } of cases()) {
      const fast = verdict(compiledSchema(schema), value);
      expect(fast, title).toEqual(verdict(schema, value));
      expect((fast as { ok: boolean }).ok, title).toBe(true);
    }
  });

  it('gives the verdict, data and issues of the schema itself on thousands of mutated messages', () => {
    const all = cases();
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.nat(all.length - 1),
        fc.nat(),
        fc.oneof(
          fc.constantFrom(...ODD_VALUES).map((value): Mutation => ({ kind: 'set', value })),
          fc.constant<Mutation>({ kind: 'delete' }),
          fc.constant<Mutation>({ kind: 'duplicate' }),
          fc.tuple(fc.constantFrom('padding', 'offers', 'constructor', 'x_extra'), fc.constantFrom(...ODD_VALUES)).map(([key, value]): Mutation => ({ kind: 'extra', key, value })),
        ),
        (which, where, mutation) => {
          const { title, schema, value } = all[which]!;
          const places = paths(value);
          const input = mutate(value, places[where % places.length]!, mutation);
          const expected = verdict(schema, input);
          if ((expected as { ok: boolean }).ok) accepted++;
          else refused++;
          expect(verdict(compiledSchema(schema), input), title).toEqual(expected);
        },
      ),
      { seed: 20261206, numRuns: 6000 },
    );
    // Both sides of the line were exercised.
    expect(refused).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(500);
  });
});
