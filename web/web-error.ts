import { MajordomeError } from '../protocol/index.ts';

/** Every error the web app answers with, and its HTTP status. */
export const WEB_ERROR_CODES = {
  UNAUTHORIZED: 401,
  FORBIDDEN_ORIGIN: 403,
  UNKNOWN_HOST: 421,
  NOT_FOUND: 404,
  INVALID_BODY: 400,
  INVALID_QUERY: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  CONFIRMATION_REQUIRED: 409,
  ORDER_CLOSED: 409,
  ALREADY_ORDERED: 409,
  NO_GROUND_TRUTH: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

/** A web error code. */
export type WebErrorCode = keyof typeof WEB_ERROR_CODES;

/** One problem with a request body: where (a dotted path) and what. */
export interface BodyIssue {
  readonly path: string;
  readonly message: string;
}

/** An error the central `onError` turns into a typed JSON (or HTML) answer with its status. */
export class WebError extends MajordomeError<WebErrorCode> {
  override readonly name = 'WebError';
  readonly status: (typeof WEB_ERROR_CODES)[WebErrorCode];

  constructor(
    code: WebErrorCode,
    message: string,
    readonly issues: readonly BodyIssue[] = [],
    options: { cause?: unknown } = {},
  ) {
    super(code, message, { cause: options.cause });
    this.status = WEB_ERROR_CODES[code];
  }

  /** The JSON body sent to the client (never a stack or an internal detail). */
  toJSON(): { error: { code: WebErrorCode; message: string; issues?: readonly BodyIssue[] } } {
    return { error: { code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}) } };
  }
}
