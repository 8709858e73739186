import { z } from 'zod';
import { PROTOCOL_ERROR_CODE_LIST } from './errors.ts';

/** The structured content of a business failure (a tool result with `isError: true`). */
export const ToolErrorSchema = z.object({
  error: z
    .object({
      code: z.enum(PROTOCOL_ERROR_CODE_LIST).describe('A business error code (see "Error codes").'),
      message: z.string().max(2000).describe('What went wrong, in words.'),
      details: z.record(z.string(), z.unknown()).optional().describe('Machine-readable specifics, when there are some.'),
    })
    .describe('The business error.'),
});
export type ToolError = z.infer<typeof ToolErrorSchema>;
