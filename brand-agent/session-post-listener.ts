import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { TOO_LARGE, isPostPath, postOf, readPostBody, sendAnswer } from './node-post.ts';
import type { StatelessAnswer, StatelessPost } from './serve-stateless-mcp.ts';

/** What `sessionPostListener` needs: the MCP path, the body limit, the session table, the fast answer and the app. */
export interface SessionPostListenerOptions {
  /** URL path of the MCP endpoint, e.g. /mcp. */
  readonly path: string;
  /** Bodies larger than this are refused with `tooLarge` (413) before or while they are read. */
  readonly maxBodyBytes: number;
  /** The 413 answer to a body past `maxBodyBytes`. */
  readonly tooLarge: StatelessAnswer;
  /** The 500 answer when `answer`'s promise fails. */
  readonly internalError: StatelessAnswer;
  /** Marks a live session used now; false when there is no such session. */
  readonly touchSession: (sessionId: string) => boolean;
  /** The JSON answer to a POST the session's transport would answer with its server's answer, or undefined to let the transport answer. */
  readonly answer: (post: StatelessPost) => Promise<string> | undefined;
  /** The app (hono and the session's SDK transport), for the POSTs `answer` leaves, their body already read. */
  readonly fetch: (request: Request) => Response | Promise<Response>;
  /** Every request that is not a POST in a live session (initialize, GET and DELETE on the path, /card, /health…). */
  readonly fallback: RequestListener;
}

/** The node request as a web Request carrying the body already read (no length header: the text is the body). */
function webRequest(request: IncomingMessage, body: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding') continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return new Request(new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`), { method: 'POST', headers, body });
}

async function sendResponse(response: ServerResponse, answer: Response): Promise<void> {
  const body = answer.body === null ? undefined : Buffer.from(await answer.arrayBuffer());
  const headers: Record<string, string | number> = {};
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (body !== undefined) headers['content-length'] = body.length;
  response.writeHead(answer.status, headers);
  response.end(body);
}

/**
 * A `node:http` listener for a stateful brand server: a POST in a live MCP session that is one tool call is answered
 * straight from Node's request and response (`answer`, with the session's id header, as the SDK's transport answers
 * it); any other POST in a session goes to the app with its body, and every other request to `fallback` untouched.
 * Through hono and the SDK's session transport, each tool call became a web `Request`, a JSON-RPC parse by the
 * interpreted schema, a stream mapping and a web `Response`, which cost the server about twice a stateless call.
 */
export function sessionPostListener(options: SessionPostListenerOptions): RequestListener {
  const { path, maxBodyBytes, tooLarge, internalError, touchSession, answer, fetch, fallback } = options;
  const handle = async (request: IncomingMessage, response: ServerResponse, sessionId: string): Promise<void> => {
    const body = await readPostBody(request, maxBodyBytes);
    if (body === TOO_LARGE) {
      sendAnswer(response, tooLarge, !request.complete);
      return;
    }
    const fast = answer(postOf(request, body));
    if (fast === undefined) {
      await sendResponse(response, await fetch(webRequest(request, body)));
      return;
    }
    let result: StatelessAnswer;
    try {
      result = { status: 200, body: await fast };
    } catch {
      sendAnswer(response, internalError);
      return;
    }
    sendAnswer(response, result, false, { 'mcp-session-id': sessionId });
  };
  return (request, response) => {
    const sessionId = request.headers['mcp-session-id'];
    if (request.method !== 'POST' || !isPostPath(request.url, path) || typeof sessionId !== 'string' || sessionId === '' || !touchSession(sessionId)) {
      fallback(request, response);
      return;
    }
    handle(request, response, sessionId).catch(() => {
      // The request failed while it was read (the client went away), or the app failed: nobody is left to answer.
      if (!response.headersSent) response.destroy();
    });
  };
}
