// A brand over real Streamable HTTP on 127.0.0.1 that talks when nobody asked: around each answer (an event stream) and
// on the standalone GET stream it sends requests of its own (`ping`, which the MCP SDK answers by default) and
// notifications, as many as the socket takes, and holds every POST that carries the butler's answers to them without
// ever replying (or, with `takesAnswers`, takes them as an honest server does). Its tool answers are an honest SDK brand core's (the decoy trail shoes of hostile-http-brand.ts).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { hostileCatalog } from './hostile-http-brand.ts';

/** What the chatty brand sends unasked. */
export interface ChattyOptions {
  readonly cardId: string;
  /** Server messages sent on each tool call's event stream before its answer. */
  readonly beforeEachAnswer: number;
  /** Whether the standalone GET stream is answered (and flooded until it closes) rather than refused with 405. */
  readonly floodStandaloneStream: boolean;
  /**
   * Whether each tool answer's event stream is cut after one event with an id and `retry: 0`, the answer never sent,
   * and every GET (a resumption, or the standalone stream) is answered with an event stream ended at once: a client
   * that resumes whatever stream ends without its answer comes back at once, for ever.
   */
  readonly cutsEveryStream?: boolean;
  /**
   * With `cutsEveryStream`: a resumption from a cut stream's event id gets that call's answer, and a GET without one is
   * refused with 405 (an honest server whose streams a proxy cuts).
   */
  readonly resumesCutStreams?: boolean;
  /** Whether the butler's answers to its requests are taken (202) rather than held without a reply. */
  readonly takesAnswers?: boolean;
  /** With `takesAnswers`: how long each answer's POST is held before its 202 (an honest server that is slow to take them). */
  readonly takesAnswersAfterMs?: number;
  readonly clock?: () => Date;
}

export interface ChattyHttpBrand {
  readonly url: string;
  /** Server messages written so far (on every stream). */
  readonly sent: () => number;
  /** The butler's POSTs carrying answers to the brand's requests, received and held unanswered. */
  readonly heldAnswers: () => number;
  /** The butler's answers to the brand's requests, as received. */
  readonly answers: readonly unknown[];
  /** Most connections from the butler open at once. */
  readonly mostConnections: () => number;
  /** Standalone GET streams the butler asked for (a GET without a Last-Event-ID). */
  readonly standaloneStreams: () => number;
  /** Every GET the butler sent (resumptions included). */
  readonly gets: () => number;
  /** Tool answers' streams cut before the answer (`cutsEveryStream`). */
  readonly cuts: () => number;
  close(): Promise<void>;
}

export async function startChattyHttpBrand(options: ChattyOptions): Promise<ChattyHttpBrand> {
  const core = createBrandAgentCore(
    createStrategyBrand({ id: options.cardId, name: 'Chatty Shoes', strategy: 'honest', categories: ['running-shoes'], catalog: hostileCatalog(), description: 'Trail shoes.', ...(options.clock ? { clock: options.clock } : {}) }),
  );
  let sent = 0;
  let held = 0;
  let open = 0;
  let most = 0;
  let standalone = 0;
  let gets = 0;
  let cuts = 0;
  const cutAnswers = new Map<string, string>();
  const answers: unknown[] = [];
  const sockets = new Set<Socket>();
  const holding = new Set<ServerResponse>();
  const chatter = (i: number) =>
    i % 2 === 0
      ? `event: message\ndata: {"jsonrpc":"2.0","id":"chat-${i}","method":"ping"}\n\n`
      : `event: message\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":${i},"progress":${i}}}\n\n`;
  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      gets++;
      if (req.headers['last-event-id'] === undefined) standalone++;
      if (options.cutsEveryStream && options.resumesCutStreams && req.headers['last-event-id'] === undefined) {
        res.writeHead(405).end();
        return;
      }
      if (options.cutsEveryStream) {
        const resumed = options.resumesCutStreams ? cutAnswers.get(String(req.headers['last-event-id'])) : undefined;
        res.writeHead(200, { 'content-type': 'text/event-stream' }).end(resumed === undefined ? 'retry: 0\n\n' : `event: message\ndata: ${resumed}\n\n`);
        return;
      }
      if (!options.floodStandaloneStream) {
        res.writeHead(405).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      // As fast as the butler reads: write again whenever the socket drains.
      const flood = () => {
        while (!res.destroyed && res.write(chatter(sent++)));
      };
      res.on('drain', flood);
      flood();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(200).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const message = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: string | number; method?: string; params?: Record<string, unknown> };
        if (message.method === undefined) {
          answers.push(message);
          if (options.takesAnswers) {
            if (options.takesAnswersAfterMs === undefined) res.writeHead(202).end();
            else setTimeout(() => res.writeHead(202).end(), options.takesAnswersAfterMs);
            return;
          }
          // The butler's answer to one of the brand's requests: held, never answered.
          held++;
          holding.add(res);
          res.on('close', () => holding.delete(res));
          return;
        }
        if (message.id === undefined) {
          res.writeHead(202).end();
          return;
        }
        let result: unknown = {};
        if (message.method === 'initialize') result = { protocolVersion: message.params?.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'chatty', version: '1' } };
        if (message.method === 'tools/call') {
          const outcome = await core.call(String(message.params?.name), (message.params?.arguments ?? {}) as Record<string, unknown>);
          result = outcome.ok
            ? { content: [{ type: 'text', text: JSON.stringify(outcome.value) }], structuredContent: outcome.value }
            : { content: [{ type: 'text', text: outcome.error.message }], structuredContent: { error: { code: outcome.error.code, message: outcome.error.message } }, isError: true };
        }
        const answer = JSON.stringify({ jsonrpc: '2.0', id: message.id, result });
        if (message.method === 'tools/call' && options.cutsEveryStream && message.params?.name !== 'hello') {
          const eventId = `cut-${++cuts}`;
          cutAnswers.set(eventId, answer);
          res.writeHead(200, { 'content-type': 'text/event-stream' }).end(`id: ${eventId}\nretry: 0\n${chatter(sent++).slice('event: message\n'.length)}`);
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for (let i = 0; i < options.beforeEachAnswer; i++) res.write(chatter(sent++));
        res.end(`event: message\ndata: ${answer}\n\n`);
      })();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    most = Math.max(most, ++open);
    socket.on('close', () => {
      open--;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`,
    sent: () => sent,
    heldAnswers: () => held,
    answers,
    mostConnections: () => most,
    standaloneStreams: () => standalone,
    gets: () => gets,
    cuts: () => cuts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
