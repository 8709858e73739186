import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabelledExamples, type LabelledExample } from './labelled-examples.ts';
import { isPressureTacticLabel } from '../../protocol/index.ts';

const TRAINING_DIR = fileURLToPath(new URL('./training/', import.meta.url));
const EVALUATION_DIR = fileURLToPath(new URL('./evaluation/', import.meta.url));

/** Reads the committed hand-written training corpus (`training/<tactic>.txt` and `training/neutral.txt`). */
export function loadTrainingExamples(directory: string = TRAINING_DIR): LabelledExample[] {
  const files = readdirSync(directory).filter((name) => name.endsWith('.txt')).sort();
  const examples: LabelledExample[] = [];
  for (const file of files) {
    const name = basename(file, '.txt');
    const defaults = isPressureTacticLabel(name) ? [name] : [];
    examples.push(...parseLabelledExamples(readFileSync(`${directory}/${file}`, 'utf8'), defaults, file));
  }
  return examples;
}

/**
 * The evaluation sets: general (dev, held-out, stress, blind), money leaks (issue 9 §6), non-English (issue 15 §5), and
 * the later hand-written shop-text sets blind-2 … blind-17, blind-23 and blind-25 … blind-40 and blind-50 (each measured without tuning when written; see README),
 * and dev-2, dev-3, dev-4 (development sets written for branch detfa2: dev-2 before its changes, dev-3 after them,
 * dev-4 after the dev-3 fixes; see README).
 */
export const EVALUATION_SETS = ['dev', 'held-out', 'stress', 'blind', 'money-leaks', 'multilingual', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8', 'blind-9', 'blind-10', 'blind-11', 'blind-12', 'blind-13', 'blind-14', 'blind-15', 'blind-16', 'blind-17', 'blind-23', 'blind-25', 'blind-26', 'blind-27', 'blind-28', 'blind-29', 'blind-30', 'blind-31', 'blind-32', 'blind-33', 'blind-34', 'blind-35', 'blind-36', 'blind-37', 'blind-38', 'blind-39', 'blind-40', 'blind-50', 'dev-2', 'dev-3', 'dev-4'] as const;

/** The name of one evaluation set. */
export type EvaluationSet = (typeof EVALUATION_SETS)[number];

/** Reads one evaluation set, whose lines all carry explicit labels. */
export function loadEvaluationExamples(set: EvaluationSet): LabelledExample[] {
  return parseLabelledExamples(readFileSync(`${EVALUATION_DIR}/${set}.txt`, 'utf8'), undefined, `${set}.txt`);
}
