import { MajordomeError } from '../../protocol/index.ts';

/**
 * Faults the need engines raise (caller mistakes, never the person's text: any text yields an Understanding), and the
 * one an entry point reports before reading: a request longer than the engines read (`requestLengthError`).
 */
export const NEED_ERROR_CODES = {
  INVALID_CONTEXT: 'INVALID_CONTEXT',
  REQUEST_TOO_LONG: 'REQUEST_TOO_LONG',
} as const;

/** A need-engine fault code. */
export type NeedErrorCode = (typeof NEED_ERROR_CODES)[keyof typeof NEED_ERROR_CODES];

/** A local fault in need understanding (bad context from the caller); not serialised to brands. */
export class NeedError extends MajordomeError<NeedErrorCode> {
  override readonly name = 'NeedError';
}
