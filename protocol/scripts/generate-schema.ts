// `npm run schema:generate`: writes protocol/schema/*.json and docs/protocol.md from the zod schemas.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { protocolJsonSchemas, renderProtocolDoc } from '../index.ts';
import { termsHashVectorsFile } from '../terms-hash-vectors.ts';

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = join(here, '..', 'schema');
mkdirSync(schemaDir, { recursive: true });
for (const file of readdirSync(schemaDir)) if (file.endsWith('.json')) rmSync(join(schemaDir, file));
const files = protocolJsonSchemas();
for (const [name, schema] of Object.entries(files)) writeFileSync(join(schemaDir, name), `${JSON.stringify(schema, null, 2)}\n`);
const vectorsPath = join(here, '..', 'test-vectors', 'terms-hash.json');
mkdirSync(dirname(vectorsPath), { recursive: true });
writeFileSync(vectorsPath, `${JSON.stringify(termsHashVectorsFile(), null, 2)}\n`);
const docPath = join(here, '..', '..', 'docs', 'protocol.md');
mkdirSync(dirname(docPath), { recursive: true });
writeFileSync(docPath, renderProtocolDoc());
console.log(`wrote ${Object.keys(files).length} schema files to protocol/schema, protocol/test-vectors/terms-hash.json and docs/protocol.md`);
