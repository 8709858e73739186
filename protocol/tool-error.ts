import { z } from 'zod';
import { PROTOCOL_ERROR_CODE_LIST } from './errors.ts';

/** The structured content of a business failure (a tool result with `isError: true`). */
export const ToolErrorSchema = z.object({
  error: z.object({
    code: z.enum(PROTOCOL_ERROR_CODE_LIST),
    message: z.string().max(2000),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ToolError = z.infer<typeof ToolErrorSchema>;
