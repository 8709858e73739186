import { COMMON_ATTRIBUTES, isKnownCategory, parseProtocolVersion } from '../../protocol/index.ts';
import { fail, pass, skip } from './check-verdict.ts';
import type { ConformanceCheck } from './conformance-check.ts';

const COMMON = new Map(COMMON_ATTRIBUTES.map((a) => [a.name, a]));

/** Checks of the card's 1.1 fields: categories from the Google taxonomy and per-category attribute schemas. */
export const cardChecks: readonly ConformanceCheck[] = [
  {
    id: 'card.categories',
    title: 'Card categories are Google product taxonomy ids or built-in aliases',
    async run(ctx) {
      const card = await ctx.card();
      if (!card.ok) return fail(card.reason);
      const unknown = card.card.categories.filter((c) => !isKnownCategory(c));
      if (unknown.length > 0) return fail(`not in the Google product taxonomy (nor a built-in alias): ${unknown.slice(0, 8).join(', ')}`, { path: 'categories', actual: unknown });
      return pass(`${card.card.categories.length} categories, all known: ${card.card.categories.slice(0, 6).join(', ')}${card.card.categories.length > 6 ? ', …' : ''}`);
    },
  },
  {
    id: 'card.attribute-schemas',
    title: 'A 1.1 card declares an attribute schema per category, consistent with the shared attributes',
    async run(ctx) {
      const card = await ctx.card();
      if (!card.ok) return fail(card.reason);
      const minor = parseProtocolVersion(card.card.protocolVersion)?.minor ?? 0;
      const schemas = card.card.attributeSchemas;
      if (minor < 1 && !schemas) return skip(`the card speaks ${card.card.protocolVersion}, which has no attribute schemas`);
      if (!schemas || schemas.length === 0) return fail('a 1.1 card declares attributeSchemas for the categories it sells', { path: 'attributeSchemas' });
      const declared = new Set(schemas.map((s) => s.category));
      const missing = card.card.categories.filter((c) => !declared.has(c));
      if (missing.length > 0) return fail(`no attribute schema for: ${missing.slice(0, 8).join(', ')}`, { path: 'attributeSchemas', expected: card.card.categories });
      const clashes: string[] = [];
      for (const entry of schemas) {
        for (const attr of entry.attributes) {
          const common = COMMON.get(attr.name);
          if (common && common.type !== attr.type) clashes.push(`${entry.category}.${attr.name} is ${attr.type}, the shared attribute is ${common.type}`);
        }
      }
      if (clashes.length > 0) return fail(`attributes redefine shared ones: ${clashes.slice(0, 4).join('; ')}`);
      const count = schemas.reduce((n, s) => n + s.attributes.length, 0);
      return pass(`${schemas.length} category schemas, ${count} attributes`);
    },
  },
];
