import { describe, expect, it } from 'vitest';
import {
  AttributeDefinitionSchema,
  BrandCardSchema,
  COMMON_ATTRIBUTES,
  HelloResultSchema,
  PROTOCOL_VERSION,
  builtinCategoryAttributes,
  negotiateProtocol,
} from '../../protocol/index.ts';

const card10 = {
  id: 'old-brand',
  name: 'Old Brand',
  description: 'speaks 1.0',
  categories: ['running-shoes'],
  currencies: ['EUR'],
  policies: { returnDays: 30, warrantyMonths: 24, shipsTo: ['FR'] },
  protocolVersion: '1.0',
  capabilities: ['offers', 'decline'],
};

describe('brand card 1.1: attribute schemas', () => {
  it('speaks 1.1 or a later minor (1.2 added the optional card makers)', () => {
    expect(PROTOCOL_VERSION).toBe('1.2');
  });

  it('a 1.0 card (no attributeSchemas, slug categories) still parses', () => {
    expect(BrandCardSchema.safeParse(card10).success).toBe(true);
  });

  it('a 1.1 card declares a vocabulary per category, with Google ids', () => {
    const card = {
      ...card10,
      protocolVersion: '1.1',
      categories: ['1026', 'running-shoes'],
      attributeSchemas: [
        {
          category: '1026',
          attributes: [
            ...COMMON_ATTRIBUTES,
            { name: 'frame_size_cm', type: 'number', unit: 'cm', labels: { en: 'Frame size', fr: 'Taille du cadre' }, description: 'Seat tube length' },
            { name: 'bike_type', type: 'enum', values: ['road', 'mountain', 'city', 'kids'], labels: { en: 'Type' }, description: 'Kind of bicycle' },
          ],
        },
        builtinCategoryAttributes('running-shoes'),
      ],
    };
    const parsed = BrandCardSchema.safeParse(card);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('rejects a schema for a category the card does not sell, duplicates and ill-typed attributes', () => {
    const foreign = BrandCardSchema.safeParse({ ...card10, attributeSchemas: [{ category: '1026', attributes: [] }] });
    expect(foreign.success).toBe(false);
    expect(foreign.error!.issues[0]!.path).toEqual(['attributeSchemas', 0, 'category']);
    const twice = BrandCardSchema.safeParse({ ...card10, attributeSchemas: [{ category: 'running-shoes', attributes: [COMMON_ATTRIBUTES[0], COMMON_ATTRIBUTES[0]] }] });
    expect(twice.success).toBe(false);
    expect(AttributeDefinitionSchema.safeParse({ name: 'x', type: 'enum', labels: { en: 'X' }, description: '' }).success).toBe(false);
    expect(AttributeDefinitionSchema.safeParse({ name: 'x', type: 'text', unit: 'cm', labels: { en: 'X' }, description: '' }).success).toBe(false);
  });

  it('the built-in vocabularies become valid 1.1 schemas with French labels', () => {
    const schema = builtinCategoryAttributes('headphones');
    expect(schema.attributes.find((a) => a.name === 'noise_cancelling')).toMatchObject({ type: 'boolean', labels: { fr: 'Réduction de bruit active' } });
    expect(schema.attributes.find((a) => a.name === 'form')).toMatchObject({ type: 'enum', values: ['over-ear', 'on-ear', 'in-ear'] });
    expect(schema.attributes.find((a) => a.name === 'color')!.type).toBe('text');
  });

  it('a 1.0 peer and a 1.1 peer agree on 1.0; a 1.0 reader drops attributeSchemas without failing', () => {
    expect(negotiateProtocol({ protocolVersion: '1.1', capabilities: ['offers'] }, { protocolVersion: '1.0', capabilities: ['offers'] }).protocolVersion).toBe('1.0');
    const hello = HelloResultSchema.safeParse({ protocolVersion: '1.0', capabilities: ['offers'], card: { ...card10, attributeSchemas: [builtinCategoryAttributes('running-shoes')] } });
    expect(hello.success).toBe(true);
  });
});
