import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
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

const TOO_LARGE = Symbol('too large');

/** Reads a request body as UTF-8 text (a leading byte-order mark dropped, as `Request.text()` does), or TOO_LARGE past `max` bytes. */
function readBody(request: IncomingMessage, max: number): Promise<string | typeof TOO_LARGE> {
  const declared = request.headers['content-length'];
  // As hono's bodyLimit: a declared length (without chunked transfer) is trusted, and Node's parser holds the body to it.
  if (declared !== undefined && request.headers['transfer-encoding'] === undefined && Number.parseInt(declared, 10) > max) {
    return Promise.resolve(TOO_LARGE);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        request.off('data', onData);
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => {
      const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    request.once('error', reject);
  });
}

function send(response: ServerResponse, answer: StatelessAnswer, closeAfter = false): void {
  const headers: Record<string, string | number> = answer.body === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer.body) };
  // The rest of an oversized body is never read: the connection closes after the answer instead of draining it.
  if (closeAfter) headers.connection = 'close';
  response.writeHead(answer.status, headers);
  response.end(answer.body ?? undefined);
}

function isPath(url: string | undefined, path: string): boolean {
  if (url === undefined || !url.startsWith(path)) return false;
  return url.length === path.length || url.charCodeAt(path.length) === 0x3f; // '?'
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
    const body = await readBody(request, maxBodyBytes);
    if (body === TOO_LARGE) {
      send(response, tooLarge, !request.complete);
      return;
    }
    const headers = request.headers;
    const version = headers['mcp-protocol-version'];
    let result: StatelessAnswer;
    try {
      result = await answer({ accept: headers.accept, contentType: headers['content-type'], protocolVersion: typeof version === 'string' ? version : undefined, body });
    } catch {
      result = internalError;
    }
    send(response, result);
  };
  return (request, response) => {
    if (request.method !== 'POST' || !isPath(request.url, path)) {
      fallback(request, response);
      return;
    }
    handle(request, response).catch(() => {
      // The request failed while it was read (the client went away): nobody is left to answer.
      if (!response.headersSent) response.destroy();
    });
  };
}
