import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Forced action read by structure (each wording written for this file, in no evaluation set).
describe('forced action: a demand unrelated to what it unlocks', () => {
  it('contact details, a social login, a review or consent to be called demanded for access', () => {
    expect(labels('Enter your mobile number to see the opening hours of our stores.')).toContain('forced-action');
    expect(labels('Continue with Google or Apple to check out.')).toContain('forced-action');
    expect(labels('To print your warranty card, please review your purchase first.')).toContain('forced-action');
    expect(labels('The price comparison is shown once you agree to a call from our energy advisers.')).toContain('forced-action');
    expect(labels('Mit Ihrer Bestellung stimmen Sie der Zusendung unseres Newsletters zu.')).toContain('forced-action');
  });

  it('a demand the purpose needs is an ordinary step', () => {
    expect(labels('Enter your email address to get order updates.')).toEqual([]);
    expect(labels('Enter your postcode to see delivery options.')).toEqual([]);
  });
});
