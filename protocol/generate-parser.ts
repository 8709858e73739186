import type { z } from 'zod';
import { LET_ZOD_DECIDE, NOT_ACCEPTED, ParserWriter, Unsupported, type GeneratedParser, type Node } from './parser-writer.ts';

export { NOT_ACCEPTED, type GeneratedParser } from './parser-writer.ts';

/**
 * A parser written for `schema` as straight-line JavaScript, as ajv compiles a JSON Schema (once per schema:
 * `compiledSchema` keeps it): it accepts exactly the messages zod accepts and returns the same data; anything it does
 * not accept is NOT_ACCEPTED, for zod to parse and describe. Every rejection it writes is one zod makes too (the same type tests, bounds, patterns and refinements),
 * so a union takes the same branch. Undefined for a schema using a feature it does not write (transforms, pipes,
 * passthrough objects, async checks...), which keeps zod's own compiled parser.
 */
export function generateParser(schema: z.ZodType): GeneratedParser | undefined {
  let inner: GeneratedParser;
  try {
    inner = new ParserWriter().write(schema as unknown as Node);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return (input) => {
    try {
      return inner(input);
    } catch (error) {
      if (error === LET_ZOD_DECIDE) return NOT_ACCEPTED;
      throw error;
    }
  };
}
