import type { Context } from 'hono';
import type { z } from 'zod';
import { WebError } from './web-error.ts';

/**
 * Reads a JSON body and validates it with `schema` (safeParse): a wrong content type is 415, unparseable JSON or a
 * body that does not match is 400 INVALID_BODY with the issues by path. Size is bounded earlier by the body limit.
 */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new WebError('UNSUPPORTED_MEDIA_TYPE', 'send the body as application/json');
  const text = await c.req.text();
  let json: unknown;
  try {
    json = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new WebError('INVALID_BODY', 'the body is not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
    throw new WebError('INVALID_BODY', `invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  return parsed.data;
}
