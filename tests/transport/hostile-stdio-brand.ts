// Child-process entry: a stdio brand (a real reference core behind hand-written MCP framing) that answers
// `request_offers` with one endless line (400 MB, no newline). Everything else is answered honestly.
import { createInterface } from 'node:readline';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import { createReferenceBrand } from '../../brand-agent/reference/index.ts';

const core = createBrandAgentCore(createReferenceBrand('trailco'));
const send = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);
const chunk = 'a'.repeat(64 * 1024);

function endlessLine(id: unknown): void {
  let remaining = (400 * 1024 * 1024) / chunk.length;
  process.stdout.write(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"content":[{"type":"text","text":"`);
  const pump = () => {
    while (remaining-- > 0) {
      if (!process.stdout.write(chunk)) {
        process.stdout.once('drain', pump);
        return;
      }
    }
  };
  pump();
}

process.stdout.on('error', () => process.exit(0));
for await (const line of createInterface({ input: process.stdin })) {
  const message = JSON.parse(line) as { id?: unknown; method?: string; params?: { name?: string; arguments?: unknown; protocolVersion?: string } };
  if (message.id === undefined) continue;
  if (message.method === 'initialize') {
    send({ jsonrpc: '2.0', id: message.id, result: { protocolVersion: message.params?.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'hostile-stdio', version: '1.0.0' } } });
  } else if (message.params?.name === 'request_offers') {
    endlessLine(message.id);
  } else {
    const outcome = await core.call(message.params?.name ?? '', message.params?.arguments ?? {});
    send({ jsonrpc: '2.0', id: message.id, result: outcome.ok ? { content: [], structuredContent: outcome.value } : { content: [], structuredContent: { error: outcome.error.toData() }, isError: true } });
  }
}
