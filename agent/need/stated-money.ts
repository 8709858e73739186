import { PROTOCOL_LIMITS, toMinorUnits } from '../../protocol/index.ts';
import { readClauseModality } from './clause-modality.ts';
import { extractDeadline } from './extract-deadline.ts';
import { currencyAt, extractMoney } from './extract-money.ts';
import { markStandardVersions } from './standard-version.ts';
import { extractQuantity } from './extract-quantity.ts';
import { LEXICON } from './lexicon.ts';
import type { NeedContext } from './need-engine.ts';
import { emptyDraft, type ParseState } from './parse-state.ts';
import { attachRoom, readPercentTolerance } from './percent-tolerance.ts';
import { requestTokens } from './request-tokens.ts';
import { readThroughGloss } from './gloss/index.ts';
import { ambiguousCurrencyAt, unknownCurrencySignAt } from './more-currency-at.ts';
import { MAX_BUDGET, resolveBudget } from './resolve-budget.ts';
import type { Money } from '../../protocol/index.ts';
import { stripControlSequences } from './strip-control-sequences.ts';
import { countBeforePrice, statedCount } from './stated-count.ts';
import { sharedVocabulary } from './vocabulary.ts';

/** The money a person's words state, whatever the product and however the rest of the request reads. */
export interface StatedMoney {
  /** By currency: the largest amount the words state (minor units), each raised by the share of room said over it. */
  readonly largest: ReadonlyMap<string, number>;
  /** The currency of a figure said without one: the first the words name, else the earlier turn's, else the person's default. */
  readonly currency: string;
  /**
   * The budget the built-in reader resolves from the amounts said as a limit in so many words (the lowest firm ceiling;
   * a stretch figure never loosens a plain ceiling; a price wish is no ceiling): the most a model's reading may keep.
   * Undefined when the words set no limit.
   */
  readonly resolved?: Money;
  /** The most items the words may ask for (see `statedCount`): 1 where they state no count. */
  readonly count: number;
  /**
   * A price said per item, with the count of items it was multiplied by ("two mugs, 50 each": 50 EUR for 2, the order
   * 100), when the words say one for more than one item. Counts of people multiply nothing ("for 6 players, 40 each").
   */
  readonly perItem?: { readonly price: Money; readonly items: number };
  /**
   * The delivery deadline the words state (ISO instant), read by the built-in deadline reader whatever the product —
   * "a kettle by Christmas" has one even where the built-in cannot place a kettle. Undefined when they state none.
   */
  readonly deadline?: string;
  /**
   * The currencies a need may be in: every one the words name, with an amount or without ("in dollars"), the earlier
   * turn's and the person's default.
   */
  readonly currencies: ReadonlySet<string>;
  /** The currency a need the words name none for is in: the first the words name, else the earlier turn's, else the person's default. */
  readonly namedCurrency: string;
}

function raise(map: Map<string, number>, currency: string, amountMinor: number): void {
  map.set(currency, Math.max(map.get(currency) ?? 0, amountMinor));
}

/**
 * Reads every amount of money the words state with the built-in money reader alone (digits, number words, slang,
 * currency words and signs; dates, deadlines and counts kept apart as the full reader keeps them), independent of the
 * category or language of the rest: "wasserdichte Trailschuhe unter 150 Euro" states 150 EUR even where no product is
 * recognised. "Around 100" states 110 as the full reader does, "80 each" for 2 states 160, and "no more than 20 % over
 * 1500" states 1800; a share of room raises only the figure it is said over ("up to 100, can stretch 10 %" states 110,
 * "under 100, 20 % more battery" states 100). With `context.previous`, the budget of the turn being answered counts as
 * stated, raised by a share of room said over no figure of the new words.
 */
export function statedMoney(typed: string, context: NeedContext, modelCurrency?: string): StatedMoney {
  const text = stripControlSequences(typed).slice(0, PROTOCOL_LIMITS.maxTextLength);
  // Read as the built-in reader reads it: a request in a glossed language ("zwei Paar", "dos pares") in its English gloss.
  const read = withCrownsSettled(requestTokens(readThroughGloss(text, context.previous?.language).text, sharedVocabulary()), context, modelCurrency);
  const clauses = readClauseModality(read.tokens, LEXICON);
  const state: ParseState = {
    text: read.text,
    tokens: read.tokens,
    used: [...clauses.markerTokens],
    now: context.now,
    category: undefined,
    modality: clauses.modality,
    markerTokens: clauses.markerTokens,
    emphasis: clauses.emphasis,
    categoryWordAt: new Set(),
    hasSize: false,
    hasBudget: false,
    draft: emptyDraft(),
  };
  extractDeadline(state);
  const shares = readPercentTolerance(state);
  // "Wi-Fi 6E", "Bluetooth 5": a standard's version is no price and no count.
  markStandardVersions(state);
  extractMoney(state);
  // A share of room raises the figure it is said over, never another ("max 100, 20 % more battery" gives none).
  const roomOfEarlier = attachRoom(state, shares);
  extractQuantity(state);
  const { budgets, quantity } = state.draft;
  const previous = context.previous;
  const named = namedCurrencies(state);
  const currency = budgets.find((m) => m.currency !== undefined)?.currency ?? previous?.budget?.currency ?? previous?.currency ?? context.defaultCurrency;
  const largest = new Map<string, number>();
  // A price per item is for the items it is said of ("two mugs, 50 each": 2), the count said nearest before it; where
  // the words say none ("3 kids, 2 shirts each, 20 each"), the quantity reader's, as the built-in reader multiplies it.
  const quantityRead = Math.max(1, quantity ?? 1);
  const perUnit = budgets.filter((m) => m.perUnit);
  const attached = perUnit.length === 1 && perUnit[0]!.span !== undefined ? countBeforePrice(state, perUnit[0]!.span.start) : undefined;
  const items = attached ?? quantityRead;
  let perItem: StatedMoney['perItem'];
  for (const mention of budgets) {
    if (mention.perUnit && attached !== undefined && items > 1 && perItem === undefined && mention.amount > 0 && mention.amount <= MAX_BUDGET) perItem = { price: { amountMinor: toMinorUnits(mention.amount, mention.currency ?? currency), currency: mention.currency ?? currency }, items };
    const major = mention.amount * (mention.approximate ? 1.1 : 1) * (mention.perUnit ? items : 1);
    if (!(major > 0) || major > MAX_BUDGET) continue;
    const said = mention.currency ?? currency;
    const amountMinor = toMinorUnits(major, said);
    if (!(amountMinor <= toMinorUnits(MAX_BUDGET, said))) continue;
    raise(largest, said, amountMinor);
  }
  // The earlier turn's budget, raised by a share of room said over no figure of these words ("I can stretch 10 %").
  const earlier = previous?.budget;
  if (earlier !== undefined) raise(largest, earlier.currency, Math.min(Math.round((earlier.amountMinor * (100 + roomOfEarlier)) / 100), toMinorUnits(MAX_BUDGET, earlier.currency)));
  const ceilings = budgets.filter((m) => m.limit);
  const resolved = ceilings.length > 0 ? resolveBudget(ceilings, items, currency).budget : undefined;
  const count = Math.max(statedCount(state), previous?.quantity ?? 1);
  const earlierCurrency = previous?.budget?.currency ?? previous?.currency;
  // A currency sign the reader does not know ("₾", "₦") names one it cannot check: the model's is kept.
  const unread = modelCurrency !== undefined && state.tokens.some((_, i) => unknownCurrencySignAt(state.tokens, i, (j) => currencyAt(state.tokens, none(state), j) !== undefined));
  const allowed = [...named, ...(unread ? [modelCurrency] : []), ...(earlierCurrency === undefined ? [] : [earlierCurrency]), context.defaultCurrency];
  const currencies = new Set(allowed);
  const deadline = state.draft.deadline?.at.toISOString();
  return { largest, currency, count, currencies, namedCurrency: named[0] ?? earlierCurrency ?? context.defaultCurrency, ...(resolved === undefined ? {} : { resolved }), ...(deadline === undefined ? {} : { deadline }), ...(perItem === undefined ? {} : { perItem }) };
}

type Read = ReturnType<typeof requestTokens>;

/**
 * The words with a crown said without its country ("500 kr", "in crowns") written as the crown it is taken for: the
 * model's, else the person's own, else the first it may be (SEK), read again so the money reader prices in it.
 */
function withCrownsSettled(read: Read, context: NeedContext, modelCurrency: string | undefined): Read {
  const spans = read.tokens.flatMap((t, i) => {
    const crowns = ambiguousCurrencyAt(read.tokens, i);
    return crowns === undefined ? [] : [{ start: t.start, end: t.end, crowns }];
  });
  if (spans.length === 0) return read;
  let text = read.text;
  for (const span of [...spans].reverse()) {
    const crown = [modelCurrency, context.defaultCurrency].find((c) => c !== undefined && span.crowns.includes(c)) ?? span.crowns[0]!;
    text = `${text.slice(0, span.start)}${crown}${text.slice(span.end)}`;
  }
  return requestTokens(text, sharedVocabulary());
}

function none(state: ParseState): boolean[] {
  return state.tokens.map(() => false);
}

/** Every currency the words name, in order, whether or not an amount goes with it ("in dollars", "prix en yens"). */
function namedCurrencies(state: ParseState): string[] {
  const unused = none(state);
  const named: string[] = [];
  for (let i = 0; i < state.tokens.length; i++) {
    const code = currencyAt(state.tokens, unused, i)?.code;
    if (code !== undefined && !named.includes(code)) named.push(code);
  }
  return named;
}
