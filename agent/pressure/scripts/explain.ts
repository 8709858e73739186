// Prints each text's findings with evidence and confidence (development aid). Usage: explain.ts "text" ... | --file F (one text per line)
import { readFileSync } from 'node:fs';
import { loadTrainingExamples } from '../load-example-files.ts';
import { createPressureDetector } from '../pressure-detector.ts';
import { trainCalibratedPressureModel } from '../train-calibrated-pressure-model.ts';

const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
const texts = fileAt >= 0 ? readFileSync(args[fileAt + 1] ?? '', 'utf8').split('\n').filter((l) => l.trim() !== '') : args;
const detector = createPressureDetector(trainCalibratedPressureModel(loadTrainingExamples()));
for (const text of texts) {
  const report = detector(text);
  const found = report.tactics.map((t) => `${t.label}@${t.confidence}[${t.evidence.join(',')}]`).join(' ');
  console.log(`${found || '-'}  <=  ${text}`);
}
