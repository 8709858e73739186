import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// On main (b96e232) a figure whose measure is named between it and its bound ("16 GB RAM minimum") went to the measure
// named past the bound, the next figure's ("…, 512 GB storage"): RAM and storage were swapped. The words between the
// figure and its bound name its measure.

const rules = (text: string): string[] => readNeed(text).hardConstraints.map((c) => `${c.attribute} ${c.op} ${String(c.value)}`);

describe('a measure named between its figure and its bound', () => {
  it('takes the measure named before the bound, not the next figure\'s', () => {
    expect(rules('laptop for coding, 32 GB RAM minimum, 1000 GB storage or more, below 1500 euros')).toEqual(expect.arrayContaining(['ram_gb gte 32', 'storage_gb gte 1000']));
    expect(rules('a light laptop: 8 GB RAM at least, 256 GB storage at least, 14 inch, up to 700 pounds')).toEqual(expect.arrayContaining(['ram_gb gte 8', 'storage_gb gte 256']));
  });

  it('does so in French and whatever the order the two are said in', () => {
    expect(rules('ordinateur portable, 512 Go de stockage minimum, 16 Go de RAM au moins, moins de 1000 €')).toEqual(expect.arrayContaining(['storage_gb gte 512', 'ram_gb gte 16']));
  });
});
