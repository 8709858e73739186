import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StatelessAnswer, StatelessPost } from './serve-stateless-mcp.ts';

/** The MCP POST a `node:http` request carries: the headers the answer depends on, and its body as read. */
export function postOf(request: IncomingMessage, body: string): StatelessPost {
  const headers = request.headers;
  const version = headers['mcp-protocol-version'];
  return { accept: headers.accept, contentType: headers['content-type'], protocolVersion: typeof version === 'string' ? version : undefined, body };
}

/** What `readPostBody` gives for a body past its limit. */
export const TOO_LARGE = Symbol('too large');

/** Reads a request body as UTF-8 text (a leading byte-order mark dropped, as `Request.text()` does), or TOO_LARGE past `max` bytes. */
export function readPostBody(request: IncomingMessage, max: number): Promise<string | typeof TOO_LARGE> {
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

/** Writes a JSON answer (or an empty one), with extra headers when given; `closeAfter` closes the connection after it. */
export function sendAnswer(response: ServerResponse, answer: StatelessAnswer, closeAfter = false, extraHeaders?: Readonly<Record<string, string>>): void {
  const headers: Record<string, string | number> = answer.body === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer.body) };
  if (extraHeaders !== undefined) Object.assign(headers, extraHeaders);
  // The rest of an oversized body is never read: the connection closes after the answer instead of draining it.
  if (closeAfter) headers.connection = 'close';
  response.writeHead(answer.status, headers);
  response.end(answer.body ?? undefined);
}

/** Whether a request URL is `path`, with or without a query string. */
export function isPostPath(url: string | undefined, path: string): boolean {
  if (url === undefined || !url.startsWith(path)) return false;
  return url.length === path.length || url.charCodeAt(path.length) === 0x3f; // '?'
}
