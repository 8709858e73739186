import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protocolJsonSchemas, renderProtocolDoc } from '../../protocol/index.ts';

const root = join(import.meta.dirname, '..', '..');

describe('generated protocol artefacts', () => {
  it('protocol/schema/*.json equal what the zod schemas generate (run `npm run schema:generate`)', () => {
    const expected = protocolJsonSchemas();
    const dir = join(root, 'protocol', 'schema');
    const committed = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(committed).toEqual(Object.keys(expected).sort());
    for (const [name, schema] of Object.entries(expected)) {
      expect(JSON.parse(readFileSync(join(dir, name), 'utf8')), name).toEqual(schema);
    }
  });

  it('docs/protocol.md is in sync with the schemas (run `npm run schema:generate`)', () => {
    expect(readFileSync(join(root, 'docs', 'protocol.md'), 'utf8')).toBe(renderProtocolDoc());
  });
});
