import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../agent/language/index.ts';

// From the unseen-requests table: an English request with "non slip" was answered in French.
describe('"non" is a word in both languages', () => {
  it('reads "two yoga mats, 6mm thick, PVC free, non slip" as English', () => {
    expect(detectLanguage('two yoga mats, 6mm thick, PVC free, non slip')).toBe('en');
    expect(detectLanguage('a non-stick frying pan')).toBe('en');
  });

  it('still reads French requests and keeps the conversation\'s language on a bare "non"', () => {
    expect(detectLanguage('non, plutôt un vélo de route')).toBe('fr');
    expect(detectLanguage('non', 'fr')).toBe('fr');
  });
});
