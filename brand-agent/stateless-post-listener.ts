import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { TOO_LARGE, isPostPath, postOf, readPostBody, sendAnswer } from './node-post.ts';
import type { StatelessAnswer, StatelessMcpHandler } from './serve-stateless-mcp.ts';

/** What `statelessPostListener` needs: the MCP path, the body limit and its answers, and where everything else goes. */
export interface StatelessPostListenerOptions {
  /** URL path of the MCP endpoint, e.g. /mcp. */
  readonly path: string;
  /** Bodies larger than this are refused with `tooLarge` (413) before or while they are read. */
  readonly maxBodyBytes: number;
  /** Answers a POST on the path. */
  readonly answer: StatelessMcpHandler;
  /** The 413 answer to a body past `maxBodyBytes`. */
  readonly tooLarge: StatelessAnswer;
  /** The 500 answer when `answer` throws. */
  readonly internalError: StatelessAnswer;
  /** Every other request (GET /card, /health, GET or DELETE on the path, other URLs). */
  readonly fallback: RequestListener;
}

/**
 * A `node:http` listener that answers POSTs on the MCP path of a stateless brand server straight from Node's request
 * and response, and hands every other request to `fallback` (the hono app). Behind hono, each POST became a web
 * `Request` with a body stream and an abort signal, a body-limit reader and a web `Response`, which cost the server
 * more CPU per call than the brand's own work; the answers (statuses, JSON bodies, the 413 of the body limit and the
 * 500 of the app's error handler) are the same.
 */
export function statelessPostListener(options: StatelessPostListenerOptions): RequestListener {
  const { path, maxBodyBytes, answer, tooLarge, internalError, fallback } = options;
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readPostBody(request, maxBodyBytes);
    if (body === TOO_LARGE) {
      sendAnswer(response, tooLarge, !request.complete);
      return;
    }
    let result: StatelessAnswer;
    try {
      result = await answer(postOf(request, body));
    } catch {
      result = internalError;
    }
    sendAnswer(response, result);
  };
  return (request, response) => {
    if (request.method !== 'POST' || !isPostPath(request.url, path)) {
      fallback(request, response);
      return;
    }
    handle(request, response).catch(() => {
      // The request failed while it was read (the client went away): nobody is left to answer.
      if (!response.headersSent) response.destroy();
    });
  };
}
