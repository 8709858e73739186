import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Honest shop text that main read as a tactic (each wording written for this file, in no evaluation set), and the
// pressing look-alikes that must still be found.
describe('a deadline whose after-state is stated plainly informs', () => {
  it('remaining places sold later, a hold that lasts while you pay, prices back to the list price', () => {
    expect(labels('Booking closes at noon on the day of the tour; any remaining places are available at the desk on the day.')).toEqual([]);
    expect(labels('Your table is held for 10 minutes while you complete the deposit; after that it is released to the waiting list.')).toEqual([]);
    expect(labels('The spring offer ends on 30 April at 23:59. Prices then go back to the list price in our catalogue.')).toEqual([]);
  });

  it('a running countdown, a price that goes back up, an exclamation still press', () => {
    expect(labels('This price is locked for 04:59 - after that it goes back up!')).toContain('urgency');
    expect(labels('Hurry! Your seats are reserved for 10 minutes only, then they are released to other buyers.')).toContain('urgency');
  });
});

describe('a slow channel offered beside an easy one for the same act is a choice, not an obstacle', () => {
  it('"you can also do it online", a list of channels', () => {
    expect(labels('To close the account, phone us on 0161 000 000; you can also do it online from the Settings page.')).toEqual([]);
  });

  it('an easy channel the text denies is no alternative', () => {
    expect(labels('To cancel, call us on 0161 000 000. Cancellation by email or online is not possible.')).toContain('obstruction');
    expect(labels("To cancel your plan you must ring our retention line; we can't take cancellations online or by email.")).toContain('obstruction');
  });
});
