import type { SettleResult } from '../../agent/butler/index.ts';

/** One plain sentence for an outcome report (or settlement) that recorded nothing; undefined when it was recorded. */
export function reportResultText(result: SettleResult, orderId: string): string | undefined {
  switch (result.kind) {
    case 'recorded':
      return undefined;
    case 'unknown-order':
      return 'I cannot find that order.';
    case 'invalid-report':
      return result.message;
    case 'already-reported':
      return `The outcome of order ${orderId} was already reported; nothing was recorded twice.`;
    case 'order-closed':
      return result.reason;
    case 'no-ground-truth':
      return `settle: ${result.reason}; report the outcome yourself with: majordome report ${orderId} "<what happened>"`;
  }
}
