import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, describe, expect, it } from 'vitest';
import { FindOffersOutput, PrepareOutput } from '../../agent/mcp/index.ts';

const root = resolve(import.meta.dirname, '..', '..');
const home = mkdtempSync(join(tmpdir(), 'majordome-mcp-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('majordome mcp over stdio (child process)', () => {
  it('serves the demo market to a plain client: find, prepare, and nothing on stdout but protocol', async () => {
    const stderr: string[] = [];
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [join(root, 'bin', 'majordome.js'), 'mcp'],
      cwd: root,
      env: { PATH: process.env.PATH ?? '', MAJORDOME_HOME: home },
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const client = new Client({ name: 'stdio-test-client', version: '1.0.0' });
    // Any stdout line that is not a JSON-RPC message surfaces here.
    const protocolErrors: unknown[] = [];
    client.onerror = (error) => protocolErrors.push(error);
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('find_offers');
      const found = FindOffersOutput.parse((await client.callTool({ name: 'find_offers', arguments: { request: 'waterproof trail shoes size 43 under 150 euros' } })).structuredContent);
      expect(found.status).toBe('ranked');
      expect(found.offers!.length).toBeGreaterThan(0);
      const prepared = PrepareOutput.parse((await client.callTool({ name: 'prepare_purchase', arguments: { offerId: found.offers![0]!.offerId } })).structuredContent);
      expect(prepared.completed).toBe(false);
    } finally {
      await client.close();
    }
    expect(protocolErrors).toEqual([]);
    expect(stderr.join('')).toContain('majordome mcp: serving');
    expect(existsSync(join(home, 'majordome.db'))).toBe(true);
  }, 60_000);
});
