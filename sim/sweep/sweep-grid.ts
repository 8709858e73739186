import { parseSweepAxis } from '../scenario/set-scenario-param.ts';
import type { StudyVariant } from '../run/run-study.ts';

function label(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The arms of a sweep: the cartesian product of `path=v1,v2,…` axes, in axis order (first axis slowest). */
export function sweepGrid(axes: readonly string[]): { variants: StudyVariant[]; paths: string[] } {
  const parsed = axes.map(parseSweepAxis);
  let combos: Array<Array<{ path: string; value: unknown }>> = [[]];
  for (const axis of parsed) combos = combos.flatMap((c) => axis.values.map((value) => [...c, { path: axis.path, value }]));
  const variants = combos.map((set) => ({
    name: set.map((a) => `${a.path.split('.').pop()}=${label(a.value)}`).join(' ') || 'base',
    description: set.map((a) => `${a.path} = ${label(a.value)}`).join(', '),
    set,
  }));
  return { variants, paths: parsed.map((a) => a.path) };
}
