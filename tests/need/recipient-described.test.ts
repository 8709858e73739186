import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// On main (5055ee6) one word describing the person between "my" and them ("for my sick husband") hid the recipient.

describe('a recipient described by one word', () => {
  it('is still the recipient', () => {
    expect(read('a kettle for my elderly mother, under 60 euros').recipient?.who).toBe('mother');
    expect(read('un casque audio pour ma petite sœur').recipient?.who).toBe('sister');
  });
});
