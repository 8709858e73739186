import { KEY_PROOF_CONTEXT } from './key-proof.ts';
import { PROTOCOL_LIMITS } from './limits.ts';
import { termsHashVectors } from './terms-hash-vectors.ts';
import { PROTOCOL_VERSION } from './version.ts';

const KB = PROTOCOL_LIMITS.maxPayloadBytes / 1024;

/** How results and errors travel over MCP, and the order in which a brand agent checks a request. */
function wireRules(): string[] {
  return [
    '## Results, business errors and faults',
    '',
    '- A successful answer is the tool result\'s `structuredContent` (also serialised as JSON in a `text` content block).',
    '- A **business error** (an expected refusal: `UNKNOWN_OFFER`, `MANDATE_EXCEEDED`, …) is a tool result with `isError: true` and',
    '  `structuredContent: { "error": { "code", "message", "details"? } }` (`protocol/schema/tool-error.json`).',
    '- Each tool\'s listed `outputSchema` (`protocol/schema/<tool>.output.json`) is `{ "type": "object", "anyOf": [<answer>, <tool-error>] }`,',
    '  so a plain MCP client that validates `structuredContent` against the listed schema (the TypeScript SDK\'s `Client.callTool`',
    '  does) accepts business errors too. The field tables below describe the answer branch.',
    '- A **fault** (the request or the brand is broken) is a JSON-RPC error: `{ "code": <JSON-RPC code>, "message": "…", "data": { "code": "<protocol code>", "message": "…", "details"?: {…} } }`.',
    '  For `INVALID_PAYLOAD` and `INVALID_OUTPUT`, `data.details.issues` is a list of `{ "path": "offers.0.price.amountMinor", "message": "…" }`',
    '  (at most 8) and `message` names the first path. `PAYLOAD_TOO_LARGE` carries `details: { size, limit }`; `UNSUPPORTED_VERSION`',
    '  carries `details: { supported: ["' + PROTOCOL_VERSION + '"], received }`. The kind and JSON-RPC code of every code are in the table at the end.',
    '',
    '### The order of checks on every request',
    '',
    '1. The tool name: not a protocol tool → fault `UNKNOWN_TOOL`.',
    '2. The capability: a tool whose capability the card does not advertise → business error `CAPABILITY_NOT_SUPPORTED`.',
    `3. **Size**: the UTF-8 byte length of \`JSON.stringify(arguments)\` (the tool call's \`arguments\` object only, not the JSON-RPC envelope)`,
    `   above ${PROTOCOL_LIMITS.maxPayloadBytes} bytes (${KB} KB) → fault \`PAYLOAD_TOO_LARGE\`. Answers are held to the same limit (a brand's oversized answer is \`INVALID_OUTPUT\`).`,
    '4. **Version**: a `protocolVersion` that is a string but not `<major>.<minor>` with the same major (e.g. `"2.0"`, `"1"`, `"v1.0"`) → fault `UNSUPPORTED_VERSION`.',
    '   A missing or non-string `protocolVersion` is a schema error (next step).',
    '5. **Schema**: the message does not match its input schema → fault `INVALID_PAYLOAD`. Extra fields are ignored (inbound schemas are tolerant).',
    '6. The tool\'s own rules (below), then the brand\'s handler; its answer is validated before it is sent (a violation is fault `INVALID_OUTPUT`).',
    '',
    '## Version negotiation',
    '',
    `This document describes version ${PROTOCOL_VERSION}. Versions are \`<major>.<minor>\`; different majors are incompatible. In \`hello\`,`,
    'each side announces its version and capabilities; the agreed version has the common major and the **lower minor** (1.3 and 1.1',
    'agree on 1.1), and the agreed capabilities are the intersection, minus any capability newer than the agreed version',
    '(`cancellations` exists from 1.1: a brand agreeing 1.0 leaves it out even when both sides announce it). A `hello` with another',
    'major (or a malformed version string) gets the fault `UNSUPPORTED_VERSION`; so does any later request carrying such a version.',
    '',
    '### Key proof',
    '',
    "A card's `publicKey` is the brand's own word, and a public key is public: anyone may copy another brand's onto its card. So a",
    'key links identities only when proved. The butler sends a fresh random `keyChallenge` in `hello`; a brand whose card names an',
    `Ed25519 \`publicKey\` answers \`keyProof\`: the base64 Ed25519 signature of the UTF-8 text \`${KEY_PROOF_CONTEXT}\\n<card id>\\n<keyChallenge>\``,
    '(`keyProofMessage` in the reference implementation). The card id is signed so a proof cannot be relayed: a shop forwarding the',
    "challenge to another brand gets a signature over that brand's id, not its own. Identities that prove one key are one party and",
    'share their record, so a brand relaunched under a new id with its key keeps its record; a key without a valid proof links nothing.',
    "With the SDK, give the key's private half as `signingKey` in the brand definition; the conformance check `hello.key-proof` tests it.",
    '',
  ];
}

/** Answering a brief: how hard constraints are evaluated, how many offers, and that a valid brief is never an error. */
function briefRules(): string[] {
  return [
    '## Briefs (request_offers)',
    '',
    '- A schema-valid brief gets a brief response, not a business error: offers (`outcome: "offers"`, at least one) or an honest',
    '  decline (`outcome: "decline"`, `offers: []`) with its reason, e.g. `not-our-category` for a category the brand does not sell,',
    '  `cannot-deliver-in-time` for a `deliverBy` it cannot meet, `no-fit` for a need nothing meets (conformance sends one), `other` for',
    '  a currency or country it does not serve.',
    `- At most \`maxOffers\` offers; when the brief leaves it out it is 3 (the schema default; never above ${PROTOCOL_LIMITS.maxOffersPerBrief}).`,
    '- Every offer answers this brief: its `requestId`, `round: 0`, the brief\'s `quantity` (more is an upsell), a total `price` in the',
    '  brief\'s `currency` (one of the card\'s currencies) and a `validUntil` in the future.',
    '- An offer states one value per attribute: two `claims` about one attribute with different values make the offer invalid (the same',
    '  value may be claimed twice, e.g. with two pieces of evidence).',
    '- A hard constraint reads the product value `product.attributes[attribute]` (`maker` reads `product.maker`, or',
    '  `product.attributes.maker` when it is absent, and when both are absent the product is the seller\'s own: its maker is the',
    '  offer\'s `brandId`, read as a name, "jbl-store" names JBL; `category` reads `product.category`). `eq` and `in` hold when the value is present',
    '  and equals one of the listed values (text compared as a person reads it: compatibility forms folded, invisible characters dropped,',
    '  Latin look-alike letters of other scripts read as Latin, spaces collapsed, case ignored; other values exactly); `neq` and `not-in`',
    '  hold when the value names none of them (a text value names a listed text when it holds its words whole and in order, read the',
    '  same way: "Midnight Black", "black/red" and "MatteBlack" name black, "blackberry" does not; "JBL Inc." names JBL), and when the',
    '  value is absent, when the product `title` names none of them as its own (an unstated colour of "… headphones, black" is not',
    '  "not black"; a title naming it just after "for", "with", "no", "non", "without" or before "-free", "Friday", "compatible" does',
    '  not: "case compatible with JBL", "Black Friday: … silver");',
    '  `lte` and `gte` hold only for a number compared with a number. A product without the attribute therefore never meets `eq`, `in`,',
    '  `lte` or `gte`.',
    '  An offer that violates a hard constraint counts as pressure (it ignores what the person said).',
    '',
  ];
}

/** Counter rounds: numbering, ids, which errors are faults. */
function counterRules(): string[] {
  return [
    '## Negotiation (counter_offer)',
    '',
    '- Every offer in a brief response has `round: 0`. The butler\'s first counter on it is `round: 1`; each next counter is the',
    '  previous round + 1. A round that is not exactly the last round + 1 is the fault `INVALID_PAYLOAD` with `details.expectedRound`.',
    `- A round above ${PROTOCOL_LIMITS.maxCounterRounds} is the business error \`ROUND_LIMIT_EXCEEDED\` (a brand must accept rounds 1–${PROTOCOL_LIMITS.maxCounterRounds}; it may refuse any round with \`NEGOTIATION_CLOSED\`).`,
    '- `offerId` in every counter stays the **original** offer id (round 0). `inReplyTo` names the **latest revision**: the original offer',
    '  id in round 1, then the `offerId` of the revised offer the brand sent last. Naming another revision is the fault `INVALID_PAYLOAD`',
    '  with `details.latest`.',
    '- The brand answers with the same `counterId` and `round`, and `inReplyTo` set to the **counterId** it answers. A revised offer',
    '  (required unless the outcome is `reject`) has a **new** `offerId`, the same `requestId`, product and quantity, `round` equal to the',
    '  counter\'s round and `inReplyTo` equal to the counterId.',
    '- Outcomes: `accept` (the revised offer is at the proposed price or terms), `counter` (a new proposal), `final-offer` (the brand\'s',
    '  last word), `reject` (no revision). The butler stops negotiating after `accept`, `final-offer` or `reject`; a brand that is asked',
    '  again may answer `NEGOTIATION_CLOSED`.',
    '- Every revision, and the original offer, stays orderable until its `validUntil`: an order names the exact `offerId` it accepts,',
    '  and the mandate\'s terms hash binds that revision\'s price and terms.',
    '',
  ];
}

/** Questions: stance per attribute type and what counts as evasive. */
function questionRules(): string[] {
  return [
    '## Questions (ask_question)',
    '',
    'The butler asks the brand to **confirm the offer\'s own statement** about one attribute (`attribute` is set): "Can you confirm',
    'waterproof = true?". The stance answers that statement, whatever the attribute type:',
    '',
    '| attribute type | `confirmed` | `denied` | `unknown` |',
    '| --- | --- | --- | --- |',
    '| boolean (`waterproof`) | the stated value holds (`true` is true) | it does not (not waterproof) | the brand cannot tell |',
    '| enum (`terrain: trail`) | the product has exactly that value | it has another value (say which in a claim) | the brand cannot tell |',
    '| number (`weight_g: 310`) | the stated number holds (same unit; the butler allows 2 % rounding) | it is another number (say which in a claim) | the brand cannot tell |',
    '| text (`color`, `origin`) | the stated text holds (compared case-insensitively, trimmed) | it is another text (say which in a claim) | the brand cannot tell |',
    '| no `attribute` (free question) | the text\'s proposition holds | it does not | the brand cannot tell |',
    '',
    'An answer that states a value does so in `claims` (`{ "attribute": "weight_g", "asserted": 320 }`): it is **judged by that value**,',
    'not by the stance, and it is checked like any claim (a value contradicting the offer counts against the brand\'s honesty).',
    'An answer is **evasive** when it says `unknown` about an attribute the offer itself states or the brief required (a hard',
    'constraint), or when its stance contradicts the value it states itself ("No: origin is Ethiopia" to "is the origin Ethiopia?").',
    'Evasive answers count as pressure (the butler\'s published heuristics are in `docs/how-to-be-recommended.md`). `unknown` about an',
    'attribute nobody stated or required is an honest answer.',
    '',
  ];
}

/** Orders: mandate checks, idempotency, buyer scoping. */
function orderRules(): string[] {
  return [
    '## Orders (place_order, get_order)',
    '',
    'An order carries a **mandate**: the person\'s authorisation for exactly one offer revision. The brand checks, in this order:',
    '',
    '1. The idempotency key (below). 2. The offer: an `offerId` the brand never issued → `UNKNOWN_OFFER`.',
    '3. `TERMS_MISMATCH` when `mandate.offerId` ≠ `offerId`, or the order `quantity` ≠ the offer\'s `quantity`.',
    '4. `OFFER_EXPIRED` after the offer\'s `validUntil`; `MANDATE_EXPIRED` after `mandate.expiresAt`.',
    '5. `TERMS_MISMATCH` when `mandate.termsHash` ≠ the terms hash of that offer revision (below).',
    '6. `MANDATE_EXCEEDED` when the offer price is above `mandate.maxAmount` or in another currency.',
    '',
    '**Idempotency.** The key identifies one order of one buyer: the brand remembers `(offerId, buyerId, quantity, mandate.termsHash)`',
    'under it. The same key with the same four values returns the **same receipt** (also to concurrent retries, which wait for the',
    'first); the same key with any of them different is `IDEMPOTENCY_CONFLICT`. `get_order` returns the stored receipt only to the',
    'buyer who placed it: another `buyerId` (or an unknown key) gets `UNKNOWN_ORDER`.',
    '',
    '**The receipt** must echo the order (`offerId`, `idempotencyKey`, `quantity`), name the brand, and apply the accepted offer',
    'exactly: `sku`, `charged` equal to the offer `price` (never above `mandate.maxAmount`), `terms` equal to the offer terms, and',
    '`termsHash` equal to the mandate\'s. A receipt that differs is a bait-and-switch: the butler refuses it and records it, and',
    '`majordome conformance` fails `order.receipt` (with the field, the expected and the actual value).',
    '',
    '## Cancellations (cancel_order, protocol 1.1)',
    '',
    'A brand that announces the capability `cancellations` lets the buyer cancel one of its orders. The butler calls `cancel_order`',
    'when it refuses a receipt (`reason: "receipt_mismatch"`, with the differing fields in `details`); a 1.0 peer never gets the call,',
    'because the capability is only agreed at version 1.1 or later. The rules:',
    '',
    '- **Scoped to the buyer**: the order is found by its `orderId` (from the receipt) **and** the `buyerId` that placed it; an unknown',
    '  order id, or another buyer\'s, gets the business error `UNKNOWN_ORDER` (the brand does not reveal that the order exists).',
    '- **Idempotent per order**: the first request decides; every repeat (whatever its `reason`) gets the very same answer, and a',
    '  cancelled order is refunded once.',
    '- The answer echoes `orderId` and the first request\'s `reason`. `status: "cancelled"` carries `refund`, in the receipt\'s currency',
    '  and at most what the receipt charged (the butler expects the full amount for a `receipt_mismatch`); `status: "refused"` carries',
    '  no refund and a `message` saying why. The butler records the answer in the person\'s order log; a refusal after a receipt',
    '  mismatch is the brand keeping money it was not authorised to take.',
    '',
  ];
}

/** The terms hash, with vectors computed by the real function. */
function termsHashRules(): string[] {
  const vectors = termsHashVectors();
  return [
    '## The terms hash',
    '',
    'A mandate and a receipt carry `termsHash`: **sha256, lowercase hex (64 characters)**, of the UTF-8 bytes of the **canonical JSON**',
    'of exactly these fields of the offer revision:',
    '',
    '```json',
    '{ "offerId": …, "brandId": …, "sku": <product.sku>, "quantity": …, "price": { "amountMinor", "currency" }, "terms": { "deliveryDays", "returnDays", "warrantyMonths" } }',
    '```',
    '',
    'A **receipt** hashes the same object built from its own fields, with **`charged` under the key `price`**; an honest receipt therefore',
    'has the mandate\'s hash. Canonical JSON: object keys sorted by UTF-16 code unit (JavaScript\'s default sort) at every level, no',
    'whitespace, strings and numbers as `JSON.stringify` writes them (integers without a decimal point), fields whose value is',
    '`undefined` left out. No other field (title, claims, pitch, validUntil, round, attributes) enters the hash.',
    '',
    'Test vectors (also in `protocol/test-vectors/terms-hash.json`, with the full inputs; a test recomputes them):',
    '',
    '| vector | canonical JSON hashed | sha256 |',
    '| --- | --- | --- |',
    ...vectors.map((v) => `| \`${v.name}\` — ${v.note} | \`${v.canonical}\` | \`${v.sha256}\` |`),
    '',
  ];
}

/** The prose rules of the protocol, rendered into docs/protocol.md after the introduction. */
export function protocolRuleSections(): string[] {
  return [...wireRules(), ...briefRules(), ...counterRules(), ...questionRules(), ...orderRules(), ...termsHashRules()];
}
