// Red team over real Streamable HTTP, signing keys. A card's `publicKey` was described as "identities sharing a key are
// linked", but nothing read it: a brand caught lying and relaunched under a new id with its same key was a stranger, its
// record shed whole. Linking on the key as written would be worse: a public key is public, so a liar copying Trailco's
// key onto its card would share Trailco's record and convict it with its own lies. Now the butler sends a fresh
// challenge in its hello and a key links identities only when the brand proves it (an Ed25519 signature of the challenge
// over its own card id: a relayed signature names another id).
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signKeyProof, type Offer } from '../../protocol/index.ts';
import type { HostileCore, HostileScript } from './hostile-http-brand.ts';
import { coreOffers, openMarket } from './http-market.ts';

const slyKeys = generateKeyPairSync('ed25519');
const trailcoKeys = generateKeyPairSync('ed25519');
const publicPem = (key: KeyObject) => key.export({ format: 'pem', type: 'spki' }).toString();
const publicBase64 = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).toString('base64');

/** How the entry at a path presents its key: the key its card names, and who signs the challenge over which id. */
interface KeyPlay {
  readonly publicKey: string;
  /** The private key signing the challenge, and the card id it signs over; undefined: no proof sent. */
  readonly proof?: { readonly signer: KeyObject; readonly overId?: string };
}

/** A server that is `sly-shoes` at /mcp and `sly-2` on any other path, each with its key play; only `sly-shoes` lies (a weight its product data contradicts). */
function keyedServer(plays: Record<'sly-shoes' | 'sly-2', KeyPlay>): HostileScript {
  const idAt = (path: string) => (path === '/mcp' ? 'sly-shoes' : 'sly-2');
  return {
    hello: async (args, core, { path }) => {
      const outcome = await core.call('hello', args);
      if (!outcome.ok) return { toolError: outcome.error.message };
      const value = outcome.value as { card: { id: string } };
      const id = idAt(path);
      const play = plays[id];
      const challenge = typeof args.keyChallenge === 'string' ? args.keyChallenge : undefined;
      const keyProof = play.proof && challenge ? signKeyProof(play.proof.signer, play.proof.overId ?? id, challenge) : undefined;
      return { value: { ...value, card: { ...value.card, id, publicKey: play.publicKey }, ...(keyProof ? { keyProof } : {}) } };
    },
    request_offers: async (args, core, { path }) => {
      const id = idAt(path);
      const value = await coreOffers(args, core);
      const offers = value.offers.map((o): Offer => ({ ...o, brandId: id, claims: id === 'sly-shoes' ? [...o.claims, { attribute: 'weight_g', asserted: 150 }] : o.claims }));
      return { value: { ...value, offers } };
    },
    ...Object.fromEntries(['ask_question', 'counter_offer', 'place_order', 'get_order'].map((tool) => [tool, async (args: Record<string, unknown>, core: HostileCore, { path }: { path: string }) => {
      const outcome = await core.call(tool, args);
      if (!outcome.ok) return { toolError: outcome.error.message, code: outcome.error.code };
      return { value: JSON.parse(JSON.stringify(outcome.value).replaceAll('"brandId":"sly-shoes"', `"brandId":"${idAt(path)}"`)) };
    }])),
  };
}

/** Opens the market, shops once (sly-shoes is caught lying), and returns how many failed checks weigh on sly-2. */
async function failedOnRelaunch(plays: Record<'sly-shoes' | 'sly-2', KeyPlay>): Promise<{ own: number; relaunch: number; trailco: number }> {
  const m = await openMarket({ script: keyedServer(plays), alsoAt: [{ id: 'sly-2', url: (url) => url.replace(/\/mcp$/, '/relaunch/mcp') }] });
  await m.shop();
  const at = m.now().getTime();
  const failed = (id: string) => (m.session.trust.hasBrand(id) ? m.session.trust.scoreOf(id, at).claimsFailed : 0);
  expect(failed('sly-shoes')).toBeGreaterThan(0);
  return { own: failed('sly-shoes'), relaunch: failed('sly-2'), trailco: failed('trailco') };
}

describe('a signing key links identities only when the brand proves it', () => {
  it('(fixed) a relaunch under a new id that proves the same key carries the record of the identity caught lying', async () => {
    const { own, relaunch } = await failedOnRelaunch({
      'sly-shoes': { publicKey: publicPem(slyKeys.publicKey), proof: { signer: slyKeys.privateKey } },
      // The same key written as base64 DER: one key, one fingerprint.
      'sly-2': { publicKey: publicBase64(slyKeys.publicKey), proof: { signer: slyKeys.privateKey } },
    });
    expect(relaunch).toBeCloseTo(own, 9);
  });

  it('a key copied onto a card without its proof links nothing (no one takes on, or frames, the key holder)', async () => {
    const { relaunch } = await failedOnRelaunch({
      'sly-shoes': { publicKey: publicPem(slyKeys.publicKey), proof: { signer: slyKeys.privateKey } },
      'sly-2': { publicKey: publicPem(slyKeys.publicKey) },
    });
    expect(relaunch).toBe(0);
  });

  it("a proof made with another key, or a relayed proof over the key holder's id, links nothing", async () => {
    const forged = await failedOnRelaunch({
      'sly-shoes': { publicKey: publicPem(slyKeys.publicKey), proof: { signer: slyKeys.privateKey } },
      'sly-2': { publicKey: publicPem(slyKeys.publicKey), proof: { signer: trailcoKeys.privateKey } },
    });
    expect(forged.relaunch).toBe(0);
    const relayed = await failedOnRelaunch({
      'sly-shoes': { publicKey: publicPem(slyKeys.publicKey), proof: { signer: slyKeys.privateKey } },
      'sly-2': { publicKey: publicPem(slyKeys.publicKey), proof: { signer: slyKeys.privateKey, overId: 'sly-shoes' } },
    });
    expect(relayed.relaunch).toBe(0);
  });

  it('two brands proving their own keys stay apart', async () => {
    const { relaunch, trailco } = await failedOnRelaunch({
      'sly-shoes': { publicKey: publicPem(slyKeys.publicKey), proof: { signer: slyKeys.privateKey } },
      'sly-2': { publicKey: publicPem(trailcoKeys.publicKey), proof: { signer: trailcoKeys.privateKey } },
    });
    expect(relaunch).toBe(0);
    expect(trailco).toBe(0);
  });
});
