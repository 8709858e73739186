import { MajordomeError } from '../../protocol/index.ts';

/** Most bytes read of one answer of the model's endpoint (a need reading is a few kilobytes, a streamed explanation of 4,000 characters a few hundred). */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

/** An answer body past the byte limit: the reading was stopped and the connection let go. */
export class AnswerTooLargeError extends MajordomeError<'ANSWER_TOO_LONG'> {
  override readonly name = 'AnswerTooLargeError';

  constructor(readonly limitBytes: number) {
    super('ANSWER_TOO_LONG', `the answer exceeds ${limitBytes} bytes`, { details: { limitBytes } });
  }
}

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A fetch for the model's endpoint that reads at most `maxBytes` of each answer: one declaring more is refused before
 * its body is read, one that sends more fails with AnswerTooLargeError as soon as it passes the limit (the body is
 * cancelled). Without it the SDK buffers the whole answer, so an endpoint answering 150 MB held the process for seconds
 * and a gigabyte of memory before the butler could even say the answer was unusable.
 */
export function boundedAnswerFetch(maxBytes: number = MAX_ANSWER_BYTES, baseFetch: Fetch = (input, init) => fetch(input, init)): Fetch {
  return async (input, init) => {
    const response = await baseFetch(input, init);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new AnswerTooLargeError(maxBytes);
    }
    if (!response.body) return response;
    let seen = 0;
    const limited = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > maxBytes) controller.error(new AnswerTooLargeError(maxBytes));
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(limited, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
