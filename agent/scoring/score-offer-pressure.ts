import { detectBehaviourTactics } from './behaviour-tactics.ts';
import { brandTexts, isInformationalInField } from './brand-texts.ts';
import { fieldInEnglish } from './brand-field.ts';
import type { OfferEvidence } from './offer-evidence.ts';
import { restsOnModelAlone, type PressureDetector, type TextPressureReport } from '../pressure/index.ts';
import { BEHAVIOUR_TACTICS, BoundedMap, PRESSURE_TACTICS } from '../../protocol/index.ts';
import { DEFAULT_TEXT_TACTIC_WEIGHT, type PressureTactic } from './pressure-tactic.ts';
import { findProbes, type ProbeMatch } from './probe-patterns.ts';
import { clamp01, noisyOr } from './probability.ts';
import { quoteText } from './quote-text.ts';

/** Pressure 0..1 around an offer, with every tactic found. */
export interface PressureScore {
  readonly score: number;
  /** Behavioural signals first, then what the brand texts revealed, in field order. */
  readonly tactics: readonly PressureTactic[];
  /** How many brand texts were read. */
  readonly textsRead: number;
}

/** Options of the pressure scorer. */
export interface ScorePressureOptions {
  /** Weight of each text tactic label; by default the detector's published severities, DEFAULT_TEXT_TACTIC_WEIGHT for unknown labels. */
  readonly textWeights?: Readonly<Record<string, number>>;
}

/** The weight of a text tactic label: an override, else the detector's severity, else the default. */
export function textTacticWeight(label: string, overrides: Readonly<Record<string, number>> = {}): number {
  const severity = (PRESSURE_TACTICS as Readonly<Record<string, { severity: number }>>)[label]?.severity;
  return overrides[label] ?? severity ?? DEFAULT_TEXT_TACTIC_WEIGHT;
}

/** What one brand text in one field yields: its tactics, and the detector's score when every tactic there is pressure. */
interface FieldReading {
  readonly tactics: readonly PressureTactic[];
  readonly floor: number;
}

/** A quoted span's text, which depends on the span alone (the field only labels it). */
interface QuotedSpan {
  readonly text: string;
  readonly truncated: boolean;
}

/** What one brand text yields in any field: the detector's reading and the probes, with their spans already quoted. */
interface TextReading {
  readonly report: TextPressureReport;
  readonly tacticQuotes: readonly QuotedSpan[];
  readonly probes: readonly ProbeMatch[];
  readonly probeQuotes: readonly QuotedSpan[];
}

function quotedSpan(span: string): QuotedSpan {
  const { text, truncated } = quoteText('', span);
  return { text, truncated };
}

function readText(text: string, detect: PressureDetector): TextReading {
  const report = detect(text);
  const probes = findProbes(text);
  return { report, tacticQuotes: report.tactics.map((t) => quotedSpan(t.span)), probes, probeQuotes: probes.map((p) => quotedSpan(p.span)) };
}

function readField(field: string, read: TextReading, weights: Readonly<Record<string, number>>): FieldReading {
  const tactics: PressureTactic[] = [];
  let floor = 0;
  const { report } = read;
  let pushing = 0;
  for (let i = 0; i < report.tactics.length; i++) {
    const t = report.tactics[i]!;
    if (isInformationalInField(field, t.label)) continue;
    pushing++;
    const confidence = clamp01(t.confidence);
    const quote = read.tacticQuotes[i]!;
    tactics.push({
      label: t.label,
      source: 'text',
      confidence,
      strength: textTacticWeight(t.label, weights) * confidence,
      detail: t.label === 'injection' ? `instructions aimed at the buyer's AI in ${fieldInEnglish(field)}` : `${t.label} wording in ${fieldInEnglish(field)}`,
      quote: { field, text: quote.text, truncated: quote.truncated, start: t.start, end: t.end },
      data: { field },
      ...(restsOnModelAlone(t) ? { modelOnly: true as const } : {}),
    });
  }
  // The detector's own score counts only when every tactic it saw there is pressure.
  if (pushing === report.tactics.length) floor = clamp01(report.pressure);
  for (let i = 0; i < read.probes.length; i++) {
    const probe = read.probes[i]!;
    const quote = read.probeQuotes[i]!;
    const label = probe.kind === 'budget' ? 'budget-probe' : 'identity-probe';
    tactics.push({
      label,
      source: 'behaviour',
      confidence: 0.8,
      strength: BEHAVIOUR_TACTICS[label].weight * 0.8,
      detail: `asks for the buyer's ${probe.kind === 'budget' ? 'budget' : 'identity'} in ${fieldInEnglish(field)}`,
      quote: { field, text: quote.text, truncated: quote.truncated, start: probe.start, end: probe.end },
      data: { field, inText: true },
    });
  }
  return { tactics, floor };
}

/** A text's reading, and its readings by field. */
interface CachedText {
  readonly read: TextReading;
  /** Made on the first field reading: most texts are plain and never need one. */
  byField: Map<string, FieldReading> | undefined;
  /** The reading in every field, for a text with no tactic and no probe (most titles, makers and values): no field to name. */
  readonly plain: FieldReading | undefined;
}

function cachedText(text: string, detect: PressureDetector): CachedText {
  const read = readText(text, detect);
  const plain = read.report.tactics.length === 0 && read.probes.length === 0 ? { tactics: [], floor: clamp01(read.report.pressure) } : undefined;
  return { read, byField: undefined, plain };
}

/**
 * Readings by text, then field, per detector (default weights only). A text's reading is a pure function of the text
 * and the detector, and a field reading of that and the field; every offer of a brand carries the same texts (its
 * declines, counters, answers and revisions are read again for each offer, under fields named after this request's
 * ids; the same pitch reaches every butler of a simulation), so each text is read once. The tactics are immutable
 * data, shared by the offers that show them. Bounded, oldest dropped first.
 */
const textReadings = new WeakMap<PressureDetector, BoundedMap<string, CachedText>>();
/** Distinct texts whose readings are kept (each with its fields). */
const TEXT_READINGS_KEPT = 5_000;
const FIELDS_PER_TEXT_KEPT = 16;

function textTactics(evidence: OfferEvidence, detect: PressureDetector, weights: Readonly<Record<string, number>> | undefined): { tactics: PressureTactic[]; texts: number; floor: number } {
  const tactics: PressureTactic[] = [];
  let floor = 0;
  const texts = brandTexts(evidence.offer, evidence.transcript);
  let cache: BoundedMap<string, CachedText> | undefined;
  if (weights === undefined) {
    cache = textReadings.get(detect);
    if (cache === undefined) textReadings.set(detect, (cache = new BoundedMap(TEXT_READINGS_KEPT)));
  }
  for (const { field, text } of texts) {
    let read: FieldReading | undefined;
    if (cache === undefined) read = readField(field, readText(text, detect), weights ?? {});
    else {
      // By text, then field: a text is a string the offer already holds (its hash is kept), a field name is short.
      let cached = cache.get(text);
      if (cached === undefined) cache.set(text, (cached = cachedText(text, detect)));
      read = cached.plain ?? cached.byField?.get(field);
      if (read === undefined) {
        read = readField(field, cached.read, {});
        const byField = (cached.byField ??= new Map());
        // Fields naming a revision, question or counter are new in every request: keep a text's fields few.
        if (byField.size >= FIELDS_PER_TEXT_KEPT) byField.clear();
        byField.set(field, read);
      }
    }
    floor = Math.max(floor, read.floor);
    for (const t of read.tactics) tactics.push(t);
  }
  return { tactics, texts: texts.length, floor };
}

/**
 * Scores the pressure around an offer: behavioural signals (short validity, ignored constraints, upsells,
 * re-pitching, evasive answers, probing for budget or identity) and the text detector run over every brand-controlled
 * text (instructions aimed at the buyer's AI come back labelled `injection`). Repeats of one label count once, at
 * their strongest; labels combine by noisy-OR, never below the detector's own score for any single text.
 */
export function scoreOfferPressure(evidence: OfferEvidence, detect: PressureDetector, options: ScorePressureOptions = {}): PressureScore {
  const text = textTactics(evidence, detect, options.textWeights);
  const tactics = [...detectBehaviourTactics(evidence), ...text.tactics];
  const strongest = new Map<string, number>();
  for (const t of tactics) strongest.set(t.label, Math.max(strongest.get(t.label) ?? 0, t.strength));
  return { score: Math.max(noisyOr(strongest.values()), text.floor), tactics, textsRead: text.texts };
}
