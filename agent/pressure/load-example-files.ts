import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabelledExamples, type LabelledExample } from './labelled-examples.ts';
import { isPressureTacticLabel } from './pressure-tactics.ts';

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

/** Reads one evaluation set (`dev`, `held-out`, `stress` or `blind`), whose lines all carry explicit labels. */
export function loadEvaluationExamples(set: 'dev' | 'held-out' | 'stress' | 'blind'): LabelledExample[] {
  return parseLabelledExamples(readFileSync(`${EVALUATION_DIR}/${set}.txt`, 'utf8'), undefined, `${set}.txt`);
}
