import { z } from 'zod';
import { BrandCardSchema } from './brand-card.ts';
import { DeclineSchema } from './decline.ts';
import { PROTOCOL_TOOLS } from './mcp-binding.ts';
import { OfferSchema } from './offer.ts';
import { MandateSchema } from './order.ts';
import { ToolErrorSchema } from './tool-error.ts';
import { PROTOCOL_VERSION } from './version.ts';

/** A JSON Schema object as produced by zod. */
export type JsonSchema = Record<string, unknown>;

/** JSON Schema of a zod schema, as the wire sees it: `input` for requests, `output` for answers. */
export function toWireJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return json;
}

/**
 * The `outputSchema` a protocol tool lists over MCP: its answer message OR a business error
 * (`{ error: { code, message, details? } }`), so a plain MCP client that validates `structuredContent`
 * against the listed schema accepts both a success and an `isError` result.
 */
export function toolOutputJsonSchema(output: z.ZodType): { type: 'object' } & JsonSchema {
  return { ...toWireJsonSchema(z.union([output, ToolErrorSchema]), 'output'), type: 'object' };
}

/** Every generated schema file: file name → JSON Schema, in a stable order. */
export function protocolJsonSchemas(): Record<string, JsonSchema> {
  const files: Record<string, JsonSchema> = {};
  for (const tool of Object.values(PROTOCOL_TOOLS)) {
    files[`${tool.name}.input.json`] = { $id: `majordome/${PROTOCOL_VERSION}/${tool.name}.input`, ...toWireJsonSchema(tool.input, 'input') };
    files[`${tool.name}.output.json`] = { $id: `majordome/${PROTOCOL_VERSION}/${tool.name}.output`, ...toolOutputJsonSchema(tool.output) };
  }
  const messages: Record<string, z.ZodType> = {
    'brand-card': BrandCardSchema,
    offer: OfferSchema,
    decline: DeclineSchema,
    mandate: MandateSchema,
    'tool-error': ToolErrorSchema,
  };
  for (const [name, schema] of Object.entries(messages)) {
    files[`${name}.json`] = { $id: `majordome/${PROTOCOL_VERSION}/${name}`, ...toWireJsonSchema(schema, 'output') };
  }
  return files;
}
