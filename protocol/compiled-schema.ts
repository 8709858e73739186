import { z } from 'zod';
import { NOT_ACCEPTED, generateParser } from './generate-parser.ts';

const compiled = new WeakMap<z.ZodType, z.ZodType>();

/**
 * `schema` compiled for checking messages, made once per schema: the same verdicts, the same parsed data and, on a
 * refusal, the same issues. A message goes first through the parser generated from the schema's structure
 * (`generateParser`: about 4.5× faster than zod's own compiled parse on a three-offer answer); anything it does not
 * accept goes to zod's compiled schema (`z.compile`), whose runtime fallback writes the issues. A schema the generator
 * does not write code for (the MCP SDK's) is zod's compiled schema alone. Only for `safeParse`/`parse`: the schema itself stays
 * the source of truth for types, descriptions and JSON Schema.
 */
export function compiledSchema<S extends z.ZodType>(schema: S): S {
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = withGeneratedParser(z.compile(schema), generateParser(schema));
    compiled.set(schema, fast);
  }
  return fast as S;
}

/** `schema` (a clone of zod's) whose safeParse and parse try `parser` first, then its own. */
function withGeneratedParser(schema: z.ZodType, parser: ((input: unknown) => unknown) | undefined): z.ZodType {
  if (parser === undefined) return schema;
  const zodSafeParse = schema.safeParse.bind(schema);
  const zodParse = schema.parse.bind(schema);
  schema.safeParse = ((data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) => {
    const out = parser(data);
    return out === NOT_ACCEPTED ? zodSafeParse(data, params) : { success: true, data: out };
  }) as typeof schema.safeParse;
  schema.parse = ((data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) => {
    const out = parser(data);
    return out === NOT_ACCEPTED ? zodParse(data, params) : out;
  }) as typeof schema.parse;
  return schema;
}
