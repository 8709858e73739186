// The conformance kit is documented for checking "any implementation — yours, a reference brand, or a third party's",
// so the brand under test may be hostile. Its card name, its error messages and its traced answers reach the report;
// here they carry escape sequences (clear the screen, colour; ESC and the one-byte C1 CSI), a line break with a
// forged PASS line, and a bidi override.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformanceCommand } from '../../cli/commands/conformance.ts';
import { startHostileHttpBrand, type HostileHttpBrand } from '../security/hostile-http-brand.ts';
import { runCommand } from '../cli/cli-io.ts';

const HOSTILE = `x\u001b[2J\u001b[31m\r\n  offer.brand  PASS  all checks passed\u202e\u009b31m`;
const UNSAFE = /[\u001b\r\u202e\u009b]/;
const forged = (text: string) => text.split('\n').filter((line) => /^\s*offer\.brand\s+PASS/.test(line));

let brand: HostileHttpBrand;
let broken: Server;
let brokenUrl: string;

beforeAll(async () => {
  brand = await startHostileHttpBrand({
    cardId: 'sly-shoes',
    name: `Sly${HOSTILE}`,
    script: { request_offers: () => ({ toolError: `bad${HOSTILE}` }), ask_question: () => ({ raw: HOSTILE, status: 500, contentType: 'text/plain' }) },
  });
  // A server that cannot even be initialised: every answer is an HTTP 500 with the hostile text as its body.
  broken = createServer((_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end(HOSTILE));
  await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
  brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/mcp`;
});
afterAll(async () => {
  await brand.close();
  broken.closeAllConnections();
  await new Promise<void>((resolve) => broken.close(() => resolve()));
});

describe('majordome conformance against a hostile brand', () => {
  for (const trace of [false, true]) {
    it(`prints the brand's words terminal-safe, one line each${trace ? ' (with --trace)' : ''}`, async () => {
      const { out, err, code } = await runCommand(conformanceCommand, [brand.url, ...(trace ? ['--trace'] : [])], {});
      expect(code).toBe(1);
      expect(out).toContain('Conformance: sly-shoes (Sly');
      expect(out + err).not.toMatch(UNSAFE);
      expect(forged(out)).toEqual([]);
    }, 60_000);
  }

  it('says why an unreachable brand could not be reached, terminal-safe', async () => {
    const { out, err, code } = await runCommand(conformanceCommand, [brokenUrl], {});
    expect(code).toBe(1);
    expect(err).toContain('cannot reach');
    expect(out + err).not.toMatch(UNSAFE);
    expect(forged(out + err)).toEqual([]);
  }, 60_000);
});
