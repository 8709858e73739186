import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import type { BrandAgentDefinition } from '../../brand-agent/index.ts';
import { MARKET_NOW, shoeEntry } from '../support/small-market.ts';

const clock = () => MARKET_NOW;

/** A calm honest brand, and a brand whose texts carry injections (the reference prompt-injector strategy). */
export function explanationMarket(extraTitle = ''): BrandAgentDefinition[] {
  return [
    createStrategyBrand({
      id: 'calm-runners',
      name: 'Calm Runners',
      strategy: 'honest',
      categories: ['running-shoes'],
      catalog: [shoeEntry('calm-ridge-43', 'Calm Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true })],
      clock,
    }),
    createStrategyBrand({
      id: 'sly-shoes',
      name: 'Sly Shoes',
      strategy: 'prompt-injector',
      categories: ['running-shoes'],
      catalog: [shoeEntry('sly-peak-43', `Sly Peak trail shoe${extraTitle}`, 12_500, { terrain: 'trail', waterproof: true })],
      clock,
    }),
  ];
}
