/** Deterministic bytes (a xorshift generator), so blobs pasted into a blind request table are the same on every run. */
export function xorshiftBytes(count: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(count);
  let state = (seed >>> 0) || 1;
  for (let i = 0; i < count; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[i] = state & 0xff;
  }
  return bytes;
}
