import { z } from 'zod';
import {
  CAPABILITIES,
  PROTOCOL_TOOLS,
  PROTOCOL_VERSION,
  canonicalJson,
  isCompatibleVersion,
  parseProtocolVersion,
  protocolJsonSchemas,
  readCardPublicKey,
  verifyKeyProof,
  type BrandCard,
} from '../../protocol/index.ts';
import { randomBytes } from 'node:crypto';
import { describeOutcome } from './brand-probe.ts';
import { fail, pass, skip } from './check-verdict.ts';
import type { ConformanceCheck } from './conformance-check.ts';
import type { ConformanceContext } from './conformance-context.ts';
import { expectFault, parseAnswer } from './outcome-verdicts.ts';

const ListedToolSchema = z.looseObject({ name: z.string(), inputSchema: z.unknown().optional(), outputSchema: z.unknown().optional() });
type ListedTool = z.infer<typeof ListedToolSchema>;
let generatedSchemas: Record<string, unknown> | undefined;
const ObjectSchemaShape = z.looseObject({ type: z.literal('object') });

/** The protocol tools a brand with this card must list (all of them when the card is unknown). */
function requiredTools(card: BrandCard | undefined): string[] {
  return Object.values(PROTOCOL_TOOLS)
    .filter((t) => t.capability === null || card === undefined || card.capabilities.includes(t.capability))
    .map((t) => t.name);
}

async function listedProtocolTools(ctx: ConformanceContext): Promise<{ ok: true; tools: ListedTool[] } | { ok: false; reason: string }> {
  const listed = await ctx.probe.listTools();
  if (!listed.ok) return listed;
  const protocolNames = new Set<string>(Object.values(PROTOCOL_TOOLS).map((t) => t.name));
  const tools: ListedTool[] = [];
  for (const raw of listed.tools) {
    const tool = ListedToolSchema.safeParse(raw);
    if (tool.success && protocolNames.has(tool.data.name)) tools.push(tool.data);
  }
  return { ok: true, tools };
}

function withoutId(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const { $id: _id, ...rest } = schema as Record<string, unknown>;
  return rest;
}

/** The first JSON path where two JSON values differ, for a readable reason. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (canonicalJson(a) === canonicalJson(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      const diff = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (diff) return diff;
    }
  }
  return path;
}

/** MCP-level and handshake checks: initialise, card, hello, tool listing. */
export const handshakeChecks: readonly ConformanceCheck[] = [
  {
    id: 'server.initialize',
    title: 'Server initialises over MCP and declares tools and resources',
    async run(ctx) {
      const info = ctx.probe.serverInfo;
      const caps = ctx.probe.serverCapabilities ?? {};
      if (!info?.name) return fail('the initialise result has no serverInfo.name');
      const missing = ['tools', 'resources'].filter((c) => caps[c] === undefined);
      if (missing.length > 0) return fail(`server ${info.name} does not declare the MCP capabilities: ${missing.join(', ')}`);
      return pass(`server ${info.name} ${info.version} declares tools and resources`);
    },
  },
  {
    id: 'card.resource',
    title: 'The majordome://card resource is a valid BrandCard',
    async run(ctx) {
      const card = await ctx.resourceCard();
      if (!card.ok) return fail(card.reason);
      if (!isCompatibleVersion(card.card.protocolVersion)) {
        return fail(`the card speaks protocol ${card.card.protocolVersion}, not ${PROTOCOL_VERSION.split('.')[0]}.x`);
      }
      return pass(`${card.card.id}: ${card.card.categories.join(', ')} in ${card.card.currencies.join(', ')}; capabilities ${card.card.capabilities.join(', ') || 'none'}`);
    },
  },
  {
    id: 'hello.negotiate',
    title: 'hello negotiates protocol 1.x and lists capabilities',
    async run(ctx) {
      const hello = parseAnswer(
        await ctx.call(PROTOCOL_TOOLS.hello.name, { protocolVersion: PROTOCOL_VERSION, capabilities: [...CAPABILITIES], agent: 'majordome-conformance' }),
        PROTOCOL_TOOLS.hello.output,
        'hello',
      );
      if (!hello.ok) return fail(hello.reason);
      const { protocolVersion, capabilities, card } = hello.value;
      const agreed = parseProtocolVersion(protocolVersion);
      const ours = parseProtocolVersion(PROTOCOL_VERSION)!;
      if (!agreed || agreed.major !== ours.major || agreed.minor > ours.minor) return fail(`agreed version ${protocolVersion} is not 1.x at most ${PROTOCOL_VERSION}`);
      const foreign = capabilities.filter((c) => !card.capabilities.includes(c) || !(CAPABILITIES as readonly string[]).includes(c));
      if (foreign.length > 0) return fail(`agreed capabilities outside the intersection: ${foreign.join(', ')}`);
      const resource = await ctx.resourceCard();
      if (resource.ok && canonicalJson(resource.card) !== canonicalJson(card)) return fail('the hello card differs from the majordome://card resource');
      return pass(`agreed ${protocolVersion} with ${capabilities.join(', ') || 'no capabilities'}`);
    },
  },
  {
    id: 'hello.intersection',
    title: 'hello keeps the lower minor version and only shared capabilities',
    async run(ctx) {
      const hello = parseAnswer(
        await ctx.call(PROTOCOL_TOOLS.hello.name, { protocolVersion: '1.9', capabilities: ['offers', 'x-conformance-unknown'] }),
        PROTOCOL_TOOLS.hello.output,
        'hello 1.9',
      );
      if (!hello.ok) return fail(hello.reason);
      const brandMinor = parseProtocolVersion(hello.value.card.protocolVersion)?.minor ?? 0;
      const expected = `1.${Math.min(9, brandMinor)}`;
      if (hello.value.protocolVersion !== expected) return fail(`a 1.9 hello agreed ${hello.value.protocolVersion}, expected ${expected}`);
      const extra = hello.value.capabilities.filter((c) => c !== 'offers');
      if (extra.length > 0) return fail(`asked only for "offers" but got ${extra.join(', ')}`);
      if (hello.value.card.capabilities.includes('offers') && !hello.value.capabilities.includes('offers')) return fail('"offers" is shared but was not agreed');
      return pass(`a 1.9 hello asking for offers agreed ${expected} with ${hello.value.capabilities.join(', ') || 'nothing'}`);
    },
  },
  {
    id: 'hello.key-proof',
    title: "A card naming a publicKey proves it: hello answers keyProof, the key's signature of the challenge over the card id",
    async run(ctx) {
      const keyChallenge = randomBytes(24).toString('base64url');
      const hello = parseAnswer(
        await ctx.call(PROTOCOL_TOOLS.hello.name, { protocolVersion: PROTOCOL_VERSION, capabilities: [...CAPABILITIES], agent: 'majordome-conformance', keyChallenge }),
        PROTOCOL_TOOLS.hello.output,
        'hello with a keyChallenge',
      );
      if (!hello.ok) return fail(hello.reason);
      const { card, keyProof } = hello.value;
      if (card.publicKey === undefined) return skip('the card names no publicKey (nothing to prove; identities are then not linked by key)');
      if (readCardPublicKey(card.publicKey) === undefined) return fail("the card's publicKey is not an Ed25519 key (PEM, or base64 of its DER SubjectPublicKeyInfo)", { path: 'card.publicKey' });
      if (keyProof === undefined) return fail('the card names a publicKey but hello answered no keyProof: the butler links nothing by an unproved key (give the SDK your signingKey)');
      if (!verifyKeyProof(card.publicKey, card.id, keyChallenge, keyProof)) return fail(`keyProof is not the card key's Ed25519 signature of "majordome-key-proof-v1\\n${card.id}\\n<keyChallenge>"`);
      return pass(`keyProof verifies under the card's publicKey for ${card.id}`);
    },
  },
  {
    id: 'hello.unsupported-version',
    title: 'A 2.0 hello is refused with UNSUPPORTED_VERSION (JSON-RPC error)',
    async run(ctx) {
      const outcome = await ctx.call(PROTOCOL_TOOLS.hello.name, { protocolVersion: '2.0', capabilities: [...CAPABILITIES] });
      return expectFault(outcome, 'UNSUPPORTED_VERSION', 'hello 2.0');
    },
  },
  {
    id: 'tools.listed',
    title: 'Every protocol tool is listed with object input and output schemas',
    async run(ctx) {
      const card = await ctx.card();
      const listed = await listedProtocolTools(ctx);
      if (!listed.ok) return fail(listed.reason);
      const required = requiredTools(card.ok ? card.card : undefined);
      const missing = required.filter((name) => !listed.tools.some((t) => t.name === name));
      if (missing.length > 0) return fail(`missing tools: ${missing.join(', ')}`);
      const bad: string[] = [];
      for (const tool of listed.tools) {
        if (!ObjectSchemaShape.safeParse(tool.inputSchema).success) bad.push(`${tool.name} inputSchema`);
        if (!ObjectSchemaShape.safeParse(tool.outputSchema).success) bad.push(`${tool.name} outputSchema`);
      }
      if (bad.length > 0) return fail(`missing or not of type object: ${bad.join(', ')}`);
      return pass(`${listed.tools.length} protocol tools listed: ${listed.tools.map((t) => t.name).join(', ')}`);
    },
  },
  {
    id: 'tools.schemas',
    title: 'Tool schemas equal the generated protocol JSON Schemas',
    async run(ctx) {
      const listed = await listedProtocolTools(ctx);
      if (!listed.ok) return fail(listed.reason);
      if (listed.tools.length === 0) return fail('no protocol tool is listed');
      // Generating the schemas costs tens of milliseconds; they never change within a process.
      generatedSchemas ??= protocolJsonSchemas();
      const generated = generatedSchemas;
      const mismatches: string[] = [];
      for (const tool of listed.tools) {
        for (const io of ['input', 'output'] as const) {
          const expected = withoutId(generated[`${tool.name}.${io}.json`]);
          const actual = withoutId(io === 'input' ? tool.inputSchema : tool.outputSchema);
          const diff = firstDifference(actual, expected);
          if (diff) mismatches.push(`${tool.name} ${io} at ${diff}`);
        }
      }
      if (mismatches.length > 0) return fail(`schemas differ from protocol/schema: ${mismatches.slice(0, 4).join('; ')}`);
      return pass(`${listed.tools.length * 2} schemas equal protocol/schema`);
    },
  },
  {
    id: 'tools.unknown',
    title: 'An unknown tool is refused with an error',
    async run(ctx) {
      const outcome = await ctx.call('conformance_no_such_tool', {});
      if (outcome.kind === 'fault' || (outcome.kind === 'result' && outcome.isError)) return pass(`refused with ${describeOutcome(outcome)}`);
      return fail(`expected an error, got ${describeOutcome(outcome)}`);
    },
  },
];
