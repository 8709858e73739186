/**
 * The base of every local fault (never sent over the wire; `ProtocolError` is the one that crosses it): a typed code
 * from the folder's own `as const` table, optional details for machines, and the cause.
 */
export class MajordomeError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: Code, message: string, options: { details?: Record<string, unknown> | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }
}
