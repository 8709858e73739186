import { describe, expect, it } from 'vitest';
import { PROTOCOL_TOOLS, toWireJsonSchema, type JsonSchema } from '../../protocol/index.ts';

/** Every property path of a JSON Schema (through objects, arrays, unions) whose schema has no description. */
function undescribed(schema: JsonSchema, prefix: string, out: string[]): string[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, prop] of Object.entries(properties)) {
    const path = `${prefix}${name}`;
    if (typeof prop.description !== 'string' || prop.description.length < 3) out.push(path);
    undescribed(prop, `${path}.`, out);
    if (prop.items) undescribed(prop.items as JsonSchema, `${path}[].`, out);
  }
  for (const branch of [...((schema.anyOf ?? []) as JsonSchema[]), ...((schema.allOf ?? []) as JsonSchema[])]) undescribed(branch, prefix, out);
  return out;
}


describe('every protocol message field has a description (it flows into the MCP tool listing)', () => {
  it.each(Object.values(PROTOCOL_TOOLS).flatMap((t) => (['input', 'output'] as const).map((io) => [t.name, io, t] as const)))('%s %s', (name, io, tool) => {
    const missing = undescribed(toWireJsonSchema(io === 'input' ? tool.input : tool.output, io), '', [])
      .map((path) => `${name} ${io}: ${path}`);
    expect(missing).toEqual([]);
  });
});
