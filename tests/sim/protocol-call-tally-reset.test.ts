import { describe, expect, it } from 'vitest';
import * as sim from '../../sim/index.ts';
import { countProtocolCall } from '../../sim/connections/protocol-call-tally.ts';

describe('the protocol call tally is reset before a counted run', () => {
  it('forgets earlier calls, and a snapshot taken before does not move', () => {
    countProtocolCall('hello');
    const reset = (sim as Record<string, unknown>).resetProtocolCallTally;
    expect(typeof reset).toBe('function');
    const before = sim.protocolCallTally();
    (reset as () => void)();
    expect(sim.protocolCallTally()).toEqual({});
    expect(before.hello ?? 0).toBeGreaterThan(0);
    countProtocolCall('hello');
    expect(sim.protocolCallTally()).toEqual({ hello: 1 });
  });
});
