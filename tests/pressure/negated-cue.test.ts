import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// A cue its own clause negates states the cue's absence (each wording written for this file, in no evaluation set).
describe('a cost or a demand negated by its own clause is not a tactic', () => {
  it('"no … will be added", "never have to phone", "no account … required"', () => {
    expect(labels('Your hotel total is €318 for three nights. No resort fee will be added at check-in.')).toEqual([]);
    expect(labels('You never have to phone us to end the plan; the cancel button is under Billing.')).toEqual([]);
    expect(labels('No account or newsletter sign-up required to check out.')).toEqual([]);
  });

  it('the same cues un-negated, or a negation that is the obstacle itself, are still found', () => {
    expect(labels('A cleaning fee of €60 is added at checkout.')).toContain('sneaking');
    expect(labels('To cancel you must call us between 9 and 5.')).toContain('obstruction');
    expect(labels('You must create an account to continue.')).toContain('forced-action');
    expect(labels('Insurance is automatically added to every booking.')).toContain('sneaking');
    expect(labels('No cancellations online: call our team to end your contract.')).toContain('obstruction');
  });

  it('a negation scopes over its own noun, not over a cue in a later clause', () => {
    expect(labels('Your trial turns into the yearly plan at 96 EUR, and no email is sent before the charge.')).toContain('sneaking');
    expect(labels('No contract, cancel by registered letter with three months\' notice.')).toContain('obstruction');
  });
});

describe('a text that states the absence or inclusion of every cost is not read as sneaking', () => {
  it('"no extra charges when you pay", "price shown includes all booking fees"', () => {
    expect(labels('Fares include all fees; there are no extra charges when you pay.')).toEqual([]);
    expect(labels('Room rates include all fees; you pay no extra charges at checkout.')).toEqual([]);
    expect(labels('Ticket price shown includes all booking fees')).toEqual([]);
    expect(labels('Menu prices include all taxes and service fees')).toEqual([]);
  });

  it('a fee added later is still found', () => {
    expect(labels('Ticket price shown excludes the booking fee, which is added on the payment page.')).toContain('sneaking');
  });
});
