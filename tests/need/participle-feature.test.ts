import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A yes/no feature named by a participle and a noun, said with the participle and the person's own noun. On main
// (5055ee6) "recycled polyester" and "en tissu recyclé" were not read as recycled materials.

const valueOf = (text: string, attribute: string): unknown => {
  const need = read(text);
  return need.hardConstraints.find((c) => c.attribute === attribute)?.value ?? need.softPreferences.find((p) => p.attribute === attribute)?.value;
};

describe('a feature said by its participle', () => {
  it('is read in English and French, with any noun', () => {
    expect(valueOf('a fleece jacket made of recycled polyester, size S', 'recycled_materials')).toBe(true);
    expect(valueOf('une doudoune en duvet recyclé, taille L', 'recycled_materials')).toBe(true);
  });

  it('is negated like the feature', () => {
    expect(valueOf('a rain jacket, does not need to be recycled', 'recycled_materials')).not.toBe(true);
  });
});
