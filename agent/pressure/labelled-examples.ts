import { PressureDetectorError } from './pressure-errors.ts';
import { isPressureTacticLabel, type PressureTacticLabel } from '../../protocol/index.ts';

/** One hand-written example: a text and the tactics it contains (empty for neutral text). */
export interface LabelledExample {
  readonly text: string;
  readonly labels: readonly PressureTacticLabel[];
}

const LABEL_PREFIX = /^([a-z-]+(?:\s*,\s*[a-z-]+)*)\s*\|\s(.*)$/;

/** Decodes `\uXXXX` and `\u{X…}` escapes so invisible characters can be written readably in example files. */
function decodeEscapes(text: string): string {
  return text.replace(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g, (_, braced: string | undefined, plain: string | undefined) =>
    String.fromCodePoint(Number.parseInt(braced ?? plain ?? '0', 16)),
  );
}

/**
 * Parses an example file: one example per line, `#` comments and blank lines ignored. A line may start with
 * `label[,label] | ` (or `neutral | `) to set its labels; otherwise it gets `defaultLabels`.
 */
export function parseLabelledExamples(
  content: string,
  defaultLabels: readonly PressureTacticLabel[] | undefined,
  source = 'examples',
): LabelledExample[] {
  const examples: LabelledExample[] = [];
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line.length === 0 || line.startsWith('#')) continue;
    const prefixed = LABEL_PREFIX.exec(line);
    const names = prefixed?.[1]?.split(',').map((name) => name.trim());
    const known = names !== undefined && names.every((name) => name === 'neutral' || isPressureTacticLabel(name));
    if (prefixed !== null && known && names !== undefined) {
      const labels = names.filter(isPressureTacticLabel);
      examples.push({ text: decodeEscapes(prefixed[2] ?? ''), labels: [...new Set(labels)] });
      continue;
    }
    if (defaultLabels === undefined) {
      throw new PressureDetectorError('TRAINING_FILE_INVALID', `${source}:${index + 1}: expected "label | text", got "${line}"`);
    }
    examples.push({ text: decodeEscapes(line), labels: defaultLabels });
  }
  return examples;
}
