import { describe, expect, it } from 'vitest';
import { withTimeout } from '../../brand-agent/with-timeout.ts';
import { ProtocolError } from '../../protocol/index.ts';

const never = () => new Promise<never>(() => {});
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('withTimeout: one shared deadline timer behaves like a timer per call', () => {
  it('answers with the handler value or error, sync or async', async () => {
    await expect(withTimeout(1_000, 'a', () => 1)).resolves.toBe(1);
    await expect(withTimeout(1_000, 'a', async () => 2)).resolves.toBe(2);
    await expect(withTimeout(1_000, 'a', () => { throw new Error('sync'); })).rejects.toThrow('sync');
    await expect(withTimeout(1_000, 'a', async () => { throw new Error('async'); })).rejects.toThrow('async');
  });

  it('times out only the handlers past their own deadline, aborting their signal', async () => {
    let slowSignal: AbortSignal | undefined;
    const started = performance.now();
    const slow = withTimeout(200, 'brand.slow', (signal) => {
      slowSignal = signal();
      return never();
    });
    const quick = withTimeout(200, 'brand.quick', () => after(10, 'quick'));
    const later = after(100, undefined).then(() => withTimeout(200, 'brand.later', () => after(150, 'later')));
    await expect(quick).resolves.toBe('quick');
    const error = await slow.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).code).toBe('HANDLER_TIMEOUT');
    expect((error as ProtocolError).message).toBe('brand.slow did not answer within 200 ms');
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    expect(slowSignal?.aborted).toBe(true);
    // Still running when the first deadline passes, it has its own full 200 ms: answering after 150 ms is in time.
    await expect(later).resolves.toBe('later');
  });

  it('keeps timing out calls after the queue has emptied and refilled', async () => {
    for (let i = 0; i < 3; i++) {
      await expect(withTimeout(30, 'idle', async () => i)).resolves.toBe(i);
      await expect(withTimeout(30, 'hang', never)).rejects.toMatchObject({ code: 'HANDLER_TIMEOUT' });
    }
  });
});
