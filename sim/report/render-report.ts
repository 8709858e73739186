import { POLICY_DESCRIPTIONS, POLICY_IDS, POLICY_KNOWLEDGE, type PolicyId } from '../policies/policy-ids.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { PAIRED_METHOD } from '../metrics/paired-statistics.ts';
import { honestBrandTable, pairedTable, ratioTable } from './headline-tables.ts';
import { verdictSentence } from './verdict.ts';
import type { RunMetrics } from '../metrics/metrics-types.ts';
import type { StudyResult, VariantResult } from '../run/run-study.ts';
import { detectionTable, keyTable, overviewTable, type KeyTable } from './key-tables.ts';
import { POLICY_COLORS, STRATEGY_COLORS } from './palette.ts';
import { escapeHtml, htmlTable, lineChart, stackedShareChart, type LineSeries } from './svg-charts.ts';
import { STRATEGY_IDS } from '../../brand-agent/reference/index.ts';
import { toMajorUnits } from '../../protocol/index.ts';
import { SIM_CURRENCY } from '../market/build-market.ts';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2328;margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
p.lead{color:#57606a;margin:0 0 12px;white-space:pre-line}
table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left}th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:8px 0 18px;display:inline-block;vertical-align:top;width:640px;max-width:100%}figcaption{font-weight:600;margin-bottom:4px}
svg.chart{width:100%;height:auto;background:#fff;border:1px solid #eaeef2}svg text{font-size:10px;fill:#57606a}.grid{stroke:#eaeef2}.axis{stroke:#8c959f}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;margin-top:4px}.legend svg{vertical-align:middle;margin-right:4px}
details{margin:10px 0}summary{cursor:pointer;font-weight:600;font-size:16px}code{background:#f6f8fa;padding:1px 4px;border-radius:4px}
.small{color:#57606a;font-size:12px}p.verdict{font-size:16px;margin:8px 0}ul.verdicts{margin:4px 0 12px}`;

/** Series in drawing order: everything else first, then the butler (thicker) so its ablations never hide it. */
function butlerOnTop<T extends { name: string }>(series: T[]): T[] {
  return [...series.filter((s) => s.name !== 'butler'), ...series.filter((s) => s.name === 'butler').map((s) => ({ ...s, width: 3.5 }))];
}

function welfareDefinition(s: Scenario): string {
  const c = s.consumers;
  const share = (x: number) => `${Math.round(x * 1000) / 10} %`;
  return `<h2>How welfare is measured</h2>
<p>Welfare of a decision = the money value of what arrived to this consumer (value of a perfect product × true utility: ${share(c.qualityWeight)} true quality, the rest true preference match; ${share(c.hardMissUtility)} of it kept when a hard constraint is truly missed; each extra unit worth ${share(c.extraUnitValue)} of the first)
− lateness (${share(c.lateCostPerDay)} of the value per day late against the promise or the deadline)
− the money paid for what arrived
− remedies, priced from each brand's true behaviour: each return or complaint (claims that failed), dispute (receipt not as offered, short delivery) or refused order's lost time costs ${share(c.remedyCost)} of the value (<code>consumers.remedyCost</code>)
− being deceived (what arrived or what was charged is not what was claimed) costs ${share(c.deceptionCost)} of the value (<code>consumers.deceptionCost</code>).
Nothing bought = 0. The value of a perfect product is ${c.valuation.min}–${c.valuation.max} × the consumer's private budget. Ratios are shown per consumer (their welfare over the run ÷ the oracle's on the same needs, over consumers whose oracle welfare is positive) and of totals (Σ ÷ Σ, which a consumer with oracle welfare near 0 cannot blow up); paired differences are in money per consumer, ÷ the mean oracle welfare.</p>`;
}

function headline(study: StudyResult): string {
  const blocks = study.variants.map((v) => {
    const paired = v.metrics.perConsumer.paired;
    if (paired.length === 0) return `<p class="small">${study.variants.length > 1 ? `${escapeHtml(v.name)}: ` : ''}no paired comparison (the study needs the butler and the oracle).</p>`;
    const first = paired.find((d) => d.versus === 'naive') ?? paired[0]!;
    const rest = paired.filter((d) => d !== first);
    const label = study.variants.length > 1 ? `<strong>${escapeHtml(v.name)}.</strong> ` : '';
    return `<p class="verdict">${label}<strong>${escapeHtml(verdictSentence(first))}</strong></p><ul class="verdicts">${rest.map((d) => `<li>${escapeHtml(verdictSentence(d))}</li>`).join('')}</ul>`;
  });
  return `<h2>Headline: the butler against every other way of shopping</h2>
${blocks.join('\n')}
${table(pairedTable(study))}
${table(ratioTable(study))}
${table(honestBrandTable(study))}
<p class="small">${escapeHtml(PAIRED_METHOD)}</p>`;
}

function marketChart(m: RunMetrics, xLabels: string[]): string {
  if (!m.market) return '';
  const market = m.market;
  const policies = policiesOf(m);
  return lineChart({
    title: `Markets react (starved for ${market.starvedRounds} rounds → ${market.reaction}): share of the brands still trading that are dishonest, per policy's market`,
    xLabels,
    yLabel: 'dishonest share',
    yMin: 0,
    yMax: 1,
    series: butlerOnTop(policies.map((p) => ({ name: p, color: POLICY_COLORS[p], values: market.byRound.map((r) => r[p]?.dishonestShare ?? null), dashed: p === 'oracle' || p === 'safe-oracle' }))),
  });
}

function table(t: KeyTable): string {
  return `<h3>${escapeHtml(t.title)}</h3>${htmlTable(t.header, t.rows)}`;
}

function policiesOf(m: RunMetrics): PolicyId[] {
  return POLICY_IDS.filter((p) => m.policies[p] !== undefined);
}

function cumulativeRatio(m: RunMetrics, policy: PolicyId): Array<number | null> {
  let welfare = 0;
  let oracle = 0;
  return m.rounds.map((r) => {
    welfare += r.policies[policy]?.welfare ?? 0;
    oracle += r.policies.oracle?.welfare ?? 0;
    return oracle === 0 ? null : welfare / oracle;
  });
}

function welfareChart(m: RunMetrics, xLabels: string[]): string {
  const policies = policiesOf(m);
  if (policies.includes('oracle')) {
    return lineChart({
      title: 'Welfare ÷ oracle, cumulative over rounds',
      xLabels,
      yLabel: 'welfare ÷ oracle',
      series: butlerOnTop(policies.map((p) => ({ name: p, color: POLICY_COLORS[p], values: cumulativeRatio(m, p), dashed: p === 'oracle' || p === 'safe-oracle' }))),
    });
  }
  return lineChart({
    title: 'Welfare per round (€)',
    xLabels,
    yLabel: '€',
    series: butlerOnTop(policies.map((p) => ({ name: p, color: POLICY_COLORS[p], values: m.rounds.map((r) => toMajorUnits({ amountMinor: r.policies[p]?.welfare ?? 0, currency: SIM_CURRENCY })) }))),
  });
}

function shareCharts(m: RunMetrics, xLabels: string[]): string {
  const wanted: PolicyId[] = ['butler', 'naive', 'first-offer', 'cheapest', 'oracle', 'butler-no-ledger'];
  const policies = wanted.filter((p) => m.policies[p] !== undefined).slice(0, 4);
  const strategies = [...STRATEGY_IDS, 'unknown'].filter((s) => m.rounds.some((r) => policies.some((p) => (r.policies[p]?.spendShareByStrategy[s] ?? 0) > 0)));
  return policies
    .map((p) =>
      stackedShareChart({
        title: `Market share by brand strategy — ${p} (share of money per round)`,
        xLabels,
        yLabel: 'share of money',
        layers: strategies.map((s) => ({ name: s, color: STRATEGY_COLORS[s] ?? '#999', values: m.rounds.map((r) => r.policies[p]?.spendShareByStrategy[s] ?? 0) })),
      }),
    )
    .join('');
}

function trustChart(m: RunMetrics, xLabels: string[], count: number, focal: ReadonlySet<string>): string {
  if (!m.trust.policy || count === 0) return '';
  const ids = Object.keys(m.trust.brands).filter((id) => m.trust.brands[id]!.trust.some((v) => v !== null));
  // Focal brands first, then one brand per strategy, then the rest, so every behaviour shows up.
  const chosen: string[] = ids.filter((id) => focal.has(id));
  const seen = new Set(chosen.map((id) => m.trust.brands[id]!.strategy));
  for (const id of ids) if (!chosen.includes(id) && !seen.has(m.trust.brands[id]!.strategy)) (chosen.push(id), seen.add(m.trust.brands[id]!.strategy));
  for (const id of ids) if (!chosen.includes(id)) chosen.push(id);
  const used = new Map<string, number>();
  const series: LineSeries[] = chosen.slice(0, count).map((id) => {
    const b = m.trust.brands[id]!;
    const n = used.get(b.strategy) ?? 0;
    used.set(b.strategy, n + 1);
    return { name: `${id} (${b.strategy}${focal.has(id) ? ', focal' : ''})`, color: STRATEGY_COLORS[b.strategy] ?? '#999', values: b.trust, dashed: n > 0 };
  });
  return lineChart({ title: `Trust trajectories of selected brands (mean combined trust among ${m.trust.policy} butlers that know them)`, xLabels, yLabel: 'trust', yMin: 0, yMax: 1, series });
}

function detectionChart(m: RunMetrics, xLabels: string[]): string {
  const policy = m.trust.policy;
  const rows = policy ? m.detectionByRound[policy] : undefined;
  if (!policy || !rows) return '';
  return lineChart({
    title: `Detection by the ${policy} ledgers over rounds`,
    xLabels,
    yLabel: 'share',
    yMin: 0,
    yMax: 1,
    series: [
      { name: 'dishonest: recall', color: '#cf222e', values: rows.map((r) => r.dishonestRecall) },
      { name: 'dishonest: precision', color: '#cf222e', values: rows.map((r) => r.dishonestPrecision), dashed: true },
      { name: 'pushy/manipulative: recall', color: '#d4a72c', values: rows.map((r) => r.pressureRecall) },
    ],
  });
}

function variantSection(study: StudyResult, v: VariantResult, open: boolean): string {
  const m = v.metrics;
  const xLabels = m.rounds.map((r) => String(r.round));
  const focal = new Set(m.brands.filter((b) => b.focal).map((b) => b.id));
  const brands = htmlTable(
    ['brand', 'name', 'strategy', 'categories', 'products', 'focal'],
    m.brands.map((b) => [b.id, b.name, b.strategy, b.categories.join(', '), b.products, b.focal ? 'yes' : '']),
  );
  const set = Object.entries(v.set).map(([k, val]) => `<code>${escapeHtml(k)} = ${escapeHtml(JSON.stringify(val))}</code>`).join(' ');
  const body = `${welfareChart(m, xLabels)}${marketChart(m, xLabels)}${trustChart(m, xLabels, study.trustBrands, focal)}${shareCharts(m, xLabels)}${detectionChart(m, xLabels)}
<h3>Brands</h3>${brands}`;
  // One variant: the charts sit directly under the "Charts" heading (no second heading of the same name).
  if (study.variants.length === 1) return body;
  return `<details${open ? ' open' : ''}><summary>Variant ${escapeHtml(v.name)}</summary>
${v.description ? `<p class="lead">${escapeHtml(v.description)}</p>` : ''}${set ? `<p>${set}</p>` : ''}
${body}</details>`;
}

function sweepChart(study: StudyResult): string {
  if (study.axes.length !== 1 || study.variants.length < 2) return '';
  const path = study.axes[0]!;
  const xLabels = study.variants.map((v) => JSON.stringify(v.set[path]));
  const policies = POLICY_IDS.filter((p) => study.variants.every((v) => v.metrics.policies[p] !== undefined));
  return (
    lineChart({ title: `Welfare ÷ oracle against ${path}`, xLabels, yLabel: 'welfare ÷ oracle', series: butlerOnTop(policies.map((p) => ({ name: p, color: POLICY_COLORS[p], values: study.variants.map((v) => v.metrics.policies[p]!.welfareRatio), dashed: p === 'oracle' }))) }) +
    lineChart({ title: `Share of money paid to dishonest brands against ${path}`, xLabels, yLabel: 'share', yMin: 0, yMax: 1, series: butlerOnTop(policies.map((p) => ({ name: p, color: POLICY_COLORS[p], values: study.variants.map((v) => v.metrics.policies[p]!.dishonestSpendShare) }))) })
  );
}

/**
 * The self-contained HTML report of a study. At the top: how welfare is measured, the butler against every other
 * policy (plain verdict sentences, paired per-consumer differences and ratios with 95 % intervals, honest brands in
 * the ledgers), what each policy knows; then the experiment's own table, the overview and detection tables, and inline
 * SVG charts per variant. Each section appears once. No scripts, no network.
 */
export function renderReport(study: StudyResult, notes: { command?: string; elapsed?: string } = {}): string {
  const first = study.variants[0]!;
  const policies = policiesOf(first.metrics);
  const legend = htmlTable(['policy', 'what it is', 'what it knows when it decides'], policies.map((p) => [p, POLICY_DESCRIPTIONS[p], POLICY_KNOWLEDGE[p]]));
  const s = first.scenario;
  const setup = `${s.consumers.count} consumers × ${s.rounds} rounds (every ${s.roundDays} days from ${s.start.slice(0, 10)}), ${s.brands.count + s.brands.extra.length} brands, seed ${s.seed}`;
  // For the welfare focus the experiment's table is the overview's subset: shown once, as the overview.
  const experiment = study.focus === 'welfare' ? '' : table(keyTable(study));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(study.name)} — Majordome simulation</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(study.name)}</h1>
<p class="lead">${escapeHtml(study.description)}</p>
<p class="small">${escapeHtml(setup)}${study.variants.length > 1 ? `; ${study.variants.length} variants` : ''}.${notes.command ? ` Command: <code>${escapeHtml(notes.command)}</code>.` : ''}${notes.elapsed ? ` Ran in ${escapeHtml(notes.elapsed)}.` : ''}</p>
${welfareDefinition(s)}
${headline(study)}
<h2>Policies and what they know</h2>${legend}
<h2>Experiment results</h2>
${sweepChart(study)}
${experiment}
${table(overviewTable(study))}
${table(detectionTable(study))}
<h2>Charts</h2>
${study.variants.map((v, i) => variantSection(study, v, i === 0)).join('\n')}
<p class="small">Generated by <code>majordome simulate</code>; metrics.json, rounds.csv and events.csv hold the numbers behind every table and chart.</p>
</body></html>
`;
}
