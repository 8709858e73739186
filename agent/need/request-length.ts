import { MAX_REQUEST_CHARS } from './deterministic-need-engine.ts';
import { NEED_ERROR_CODES, NeedError } from './need-error.ts';

/** What the person is told when their request is longer than a request is read (English, as the CLI's errors are). */
export function requestTooLongMessage(length: number): string {
  return `your request is ${length.toLocaleString('en')} characters long; requests are read up to ${MAX_REQUEST_CHARS.toLocaleString('en')} characters: say what you need in a few sentences (a pasted file, key or page cannot be read as a request)`;
}

/**
 * The typed error for a request longer than the engines read (`REQUEST_TOO_LONG`), for entry points to report before
 * any reading (the engine itself would read only the beginning); undefined when the request fits.
 */
export function requestLengthError(text: string): NeedError | undefined {
  return text.length > MAX_REQUEST_CHARS ? new NeedError(NEED_ERROR_CODES.REQUEST_TOO_LONG, requestTooLongMessage(text.length)) : undefined;
}
