import { marketVocabularyOf, understandNeedText, type Need, type PartialNeed, type Understanding } from '../../agent/need/index.ts';
import { DEMO_MARKET_BRAND_IDS, createDemoBrand } from '../../brand-agent/demo-market/index.ts';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import { toMinorUnits, type HardConstraint, type SoftPreference } from '../../protocol/index.ts';
import { UNSEEN_NOW, type UnseenRow } from './unseen-requests-table.ts';

/** The kinds of failure a reading can have, in the order they are reported. */
export const FAILURE_KINDS = ['category', 'budget', 'currency', 'hard', 'soft', 'quantity', 'deadline', 'recipient', 'language', 'silent'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface Failure {
  readonly kind: FailureKind;
  readonly detail: string;
}

/** The market `majordome ask` reads requests against by default: every demo-market brand's card. */
export const DEMO_MARKET = marketVocabularyOf(DEMO_MARKET_BRAND_IDS.map((id) => createBrandAgentCore(createDemoBrand(id)).card));

function parseValue(text: string): string | number | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

const same = (a: unknown, b: unknown): boolean => (typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b);

function hasRule(hard: readonly HardConstraint[], soft: readonly SoftPreference[], spec: string, firm: boolean): boolean {
  const [attribute, op, ...rest] = spec.split(' ');
  const value = rest.length > 0 ? parseValue(rest.join(' ')) : undefined;
  if (op === '~') {
    const inHard = hard.some((r) => r.attribute === attribute && (Array.isArray(r.value) ? r.value : [r.value]).some((v) => same(v, value)));
    return inHard || soft.some((r) => r.attribute === attribute && same(r.value, value));
  }
  if (!firm) return soft.some((r) => r.attribute === attribute && r.direction === op && (value === undefined || same(r.value, value)));
  return hard.some((r) => {
    if (r.attribute !== attribute) return false;
    const values = Array.isArray(r.value) ? r.value : [r.value];
    if (op === 'in') return (r.op === 'in' || r.op === 'eq') && values.some((v) => same(v, value));
    if (op === 'not-in') return (r.op === 'not-in' || r.op === 'neq') && values.some((v) => same(v, value));
    return r.op === op && values.length === 1 && same(values[0], value);
  });
}

/** Everything the butler says back about a reading: assumptions, what it did not understand, its question or refusal. */
function saidBack(u: Understanding): string {
  if (u.kind === 'need') return [...u.assumptions, ...u.notUnderstood].join(' | ');
  if (u.kind === 'clarify') return [u.question, ...u.notUnderstood].join(' | ');
  return [u.message, ...u.notUnderstood].join(' | ');
}

/** The category a reading lands on: its id, `ask:<what>` for a question, or `unsupported`. */
export function categoryOf(u: Understanding): string {
  if (u.kind === 'need') return u.need.category;
  if (u.kind === 'clarify') return `ask:${u.missing.join(',')}`;
  return 'unsupported';
}

/** Every way the reading of one row differs from what a careful person would read. */
export function judgeUnseen(row: UnseenRow, u: Understanding): Failure[] {
  const failures: Failure[] = [];
  const got = categoryOf(u);
  const categoryRight = row.expect.startsWith('ask:') ? u.kind === 'clarify' && u.missing.includes(row.expect.slice(4)) : got === row.expect;
  if (!categoryRight) failures.push({ kind: 'category', detail: `got ${got}${u.kind === 'unsupported' ? `: ${u.message.slice(0, 80)}` : u.kind === 'clarify' ? `: ${u.question.slice(0, 80)}` : ''}` });
  const need: PartialNeed | undefined = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
  if (need && row.expect !== 'unsupported') {
    for (const spec of row.hard ?? []) if (!hasRule(need.hardConstraints, need.softPreferences, spec, true)) failures.push({ kind: 'hard', detail: `missing ${spec}` });
    for (const spec of row.soft ?? []) if (!hasRule(need.hardConstraints, need.softPreferences, spec, false)) failures.push({ kind: 'soft', detail: `missing ${spec}` });
    if (row.budget !== undefined) {
      const cur = row.cur ?? 'EUR';
      const want = row.budget === 0 ? undefined : toMinorUnits(row.budget, cur);
      // The row's budget is the most the person would pay: with a higher ceiling said on a condition ("up to 250, or
      // 350 if it has a headrest"), the stretch, which only an offer meeting the condition may reach.
      const most = need.budgetStretch?.amount ?? need.budget;
      if (most?.amountMinor !== want) failures.push({ kind: 'budget', detail: `budget ${most ? `${most.amountMinor} ${most.currency}` : 'none'}, expected ${want ?? 'none'}` });
      if (want !== undefined && need.budget !== undefined && need.budget.currency !== cur) failures.push({ kind: 'currency', detail: `${need.budget.currency}, expected ${cur}` });
    }
    if (row.quantity !== undefined && (need.quantity ?? 1) !== row.quantity) failures.push({ kind: 'quantity', detail: `quantity ${need.quantity}, expected ${row.quantity}` });
    if (row.deadline !== undefined) {
      const day = need.deadline?.slice(0, 10);
      if (day === undefined || !row.deadline.includes(day)) failures.push({ kind: 'deadline', detail: `deadline ${need.deadline ?? 'none'}, expected ${row.deadline.join(' or ')}` });
    }
    if (row.who !== undefined && !same(need.recipient?.who, row.who)) failures.push({ kind: 'recipient', detail: `recipient ${JSON.stringify(need.recipient)}, expected ${row.who}` });
    if (row.age !== undefined && need.recipient?.ageYears !== row.age) failures.push({ kind: 'recipient', detail: `recipient ${JSON.stringify(need.recipient)}, expected age ${row.age}` });
    if ((need.language ?? 'en') !== row.lang) failures.push({ kind: 'language', detail: `language ${need.language ?? 'en'}, expected ${row.lang}` });
  }
  if (row.noted !== undefined && !saidBack(u).toLowerCase().includes(row.noted.toLowerCase())) failures.push({ kind: 'silent', detail: `never says "${row.noted}": ${saidBack(u).slice(0, 160)}` });
  return failures;
}

/** Reads one row with the deterministic engine against the demo market, at the table's clock (default `UNSEEN_NOW`). */
export function readUnseen(row: UnseenRow, now: Date = UNSEEN_NOW): Understanding {
  return understandNeedText(row.text, { now, defaultCurrency: 'EUR', market: DEMO_MARKET });
}

/** One row of a blind set with what was wrong in its reading (nothing when it reads right). */
export interface JudgedRow {
  readonly row: UnseenRow;
  readonly failures: readonly Failure[];
}

/**
 * A blind set read and judged against its known gaps: the report the tests print (rows right, failing rows per kind,
 * each failing row with why), the rows that fail without being a known gap, and the known gaps that now read right.
 */
export function judgeBlindSet(rows: readonly UnseenRow[], knownGaps: ReadonlyMap<string, string>, now: Date = UNSEEN_NOW): { readonly report: string; readonly unexpected: string[]; readonly closed: string[] } {
  const results: JudgedRow[] = rows.map((row) => ({ row, failures: judgeUnseen(row, readUnseen(row, now)) }));
  const counts = Object.fromEntries(FAILURE_KINDS.map((k) => [k, results.filter((r) => r.failures.some((f) => f.kind === k)).length]));
  const report = [
    `rows right ${results.filter((r) => r.failures.length === 0).length}/${results.length}; rows failing per kind ${JSON.stringify(counts)}`,
    ...results.filter((r) => r.failures.length > 0).map((r) => `${r.row.text} → ${r.failures.map((f) => `[${f.kind}] ${f.detail}`).join('; ')}`),
  ].join('\n');
  return {
    report,
    unexpected: results.filter((r) => r.failures.length > 0 && !knownGaps.has(r.row.text)).map((r) => r.row.text),
    closed: results.filter((r) => r.failures.length === 0 && knownGaps.has(r.row.text)).map((r) => r.row.text),
  };
}

/** One request read on its own, in English context (the table's other fields do not matter for a reading). */
export function readRequest(text: string): Understanding {
  return readUnseen({ text, lang: 'en', expect: '' });
}

/** A request's need; a question or a refusal fails the test that expected a need. */
export function readNeed(text: string): Need {
  const u = readRequest(text);
  if (u.kind !== 'need') throw new Error(`${text}: ${u.kind}`);
  return u.need;
}

/** A request's need, or the partial need of the question it asks; a refusal fails the test. */
export function readNeedOrPartial(text: string): PartialNeed {
  const u = readRequest(text);
  if (u.kind === 'unsupported') throw new Error(`${text}: ${u.message}`);
  return u.kind === 'need' ? u.need : u.partial;
}
