import { minorDigitsOf, toMajorUnits } from '../../protocol/index.ts';
import { SIM_CURRENCY } from '../market/build-market.ts';
import type { DetectionSummary, PolicySummary, Ratio } from '../metrics/metrics-types.ts';
import { LEDGER_POLICIES, POLICY_IDS, type PolicyId } from '../policies/policy-ids.ts';
import type { StudyResult, VariantResult } from '../run/run-study.ts';
import { compareWithControl } from './study-comparisons.ts';

/** A table as header and rows of plain values (rendered as HTML in the report and printed by the CLI). */
export interface KeyTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

/** A ratio as a percentage with one decimal, or "—". */
export function pct(r: Ratio): string | null {
  return r === null ? null : `${(r * 100).toFixed(1)}%`;
}

/** The share paid to brands the butler had already caught, for a policy that keeps a ledger; "—" for one that never knows. */
export function caughtShareText(policy: PolicyId, share: Ratio): string | null {
  return LEDGER_POLICIES.includes(policy) ? pct(share) : '—';
}

/** A ratio with three decimals, or "—". */
export function dec(r: Ratio): string | null {
  return r === null ? null : r.toFixed(3);
}

/** Money in minor units (possibly an average, so fractional) as major units with the currency's digits. */
export function money(minor: number, currency: string = SIM_CURRENCY): string {
  return toMajorUnits({ amountMinor: minor, currency }).toFixed(minorDigitsOf(currency));
}

function policiesOf(v: VariantResult): Array<[string, PolicySummary]> {
  return POLICY_IDS.flatMap((p) => (v.metrics.policies[p] ? [[p, v.metrics.policies[p]!] as [string, PolicySummary]] : []));
}

const prefix = (study: StudyResult, v: VariantResult) => (study.variants.length > 1 ? [v.name] : []);
const head = (study: StudyResult, cols: string[]) => (study.variants.length > 1 ? ['variant', ...cols] : cols);

/** The per-policy overview every report shows. */
export function overviewTable(study: StudyResult): KeyTable {
  return {
    title: 'Every policy on the same needs (welfare ÷ oracle, completion, money to dishonest brands, budget violations)',
    header: head(study, ['policy', 'welfare ÷ oracle', 'second half ÷ oracle', 'welfare / decision (€)', 'completion', 'spend to dishonest', 'to brands it had caught', 'budget violations', 'refused switches', 'false claims / purchase']),
    rows: study.variants.flatMap((v) =>
      policiesOf(v).map(([p, s]) => [
        ...prefix(study, v),
        p,
        dec(s.welfareRatio),
        dec(s.lateWelfareRatio),
        s.welfarePerDecision === null ? null : money(s.welfarePerDecision),
        pct(s.completion),
        pct(s.dishonestSpendShare),
        caughtShareText(p as PolicyId, s.caughtSpendShare),
        s.budgetViolations,
        s.refusedSwitches,
        dec(s.claimsFailedPerPurchase),
      ]),
    ),
  };
}

/** The experiment's headline table, chosen by the scenario's report focus. */
export function keyTable(study: StudyResult): KeyTable {
  switch (study.focus) {
    case 'order-bias':
      return {
        title: 'Order and position bias: how often the first offer to arrive (or the first brand by id) won, against chance',
        header: head(study, ['policy', 'purchases with ≥2 options', 'first-arriving chosen', 'chance', 'arrival bias', 'first-by-id chosen', 'id-order bias']),
        rows: study.variants.flatMap((v) =>
          policiesOf(v).map(([p, s]) => [...prefix(study, v), p, s.orderBias.eligible, pct(s.orderBias.firstArrivalShare), pct(s.orderBias.chance), pct(s.orderBias.firstArrivalBias), pct(s.orderBias.idFirstShare), pct(s.orderBias.idOrderBias)]),
        ),
      };
    case 'manipulation': {
      const rows = compareWithControl(study);
      if (rows.length > 0) {
        return {
          title: 'Manipulation battery: money captured by the manipulating brand, against the control arm (same brand, honest text)',
          header: ['variant', 'policy', 'share of money', 'Δ vs control', 'purchases', 'Δ purchases', 'mean rank', 'Δ rank', 'welfare ÷ oracle'],
          rows: rows.map((r) => [r.variant, r.policy, pct(r.focalSpendShare), pct(r.focalSpendShareDelta), r.focalPurchases, r.focalPurchasesDelta, dec(r.focalMeanRank), dec(r.focalMeanRankDelta), dec(r.welfareRatio)]),
        };
      }
      return {
        title: 'Money captured by the focal brand',
        header: head(study, ['policy', 'share of money', 'purchases', 'mean rank']),
        rows: study.variants.flatMap((v) => policiesOf(v).map(([p, s]) => [...prefix(study, v), p, pct(s.focal.spendShare), s.focal.purchases, dec(s.focal.meanRank)])),
      };
    }
    case 'defectors':
      return {
        title: 'Defectors: rounds from an on-off brand’s first cheating round (or a whitewasher’s new identity) to demotion below the honesty floor, and money lost to them',
        header: head(study, ['policy', 'on-off: demoted / pairs', 'median rounds', 'mean rounds', 'whitewash: demoted / identities', 'median rounds', 'money to defectors (€)', 'their welfare (€)', 'spend share to defectors']),
        rows: study.variants.flatMap((v) =>
          policiesOf(v).map(([p, s]) => {
            const on = v.metrics.defectors.onOff[p as keyof typeof v.metrics.defectors.onOff];
            const ww = v.metrics.defectors.whitewash[p as keyof typeof v.metrics.defectors.whitewash];
            return [
              ...prefix(study, v),
              p,
              on ? `${on.demoted} / ${on.pairs}` : null,
              on?.medianRounds ?? null,
              dec(on?.meanRounds ?? null),
              ww ? `${ww.demoted} / ${ww.pairs}` : null,
              ww?.medianRounds ?? null,
              money(s.defectorSpend),
              money(s.defectorWelfare),
              pct(s.spend > 0 ? Math.round((s.defectorSpend / s.spend) * 1e6) / 1e6 : null),
            ];
          }),
        ),
      };
    case 'divergence':
      return {
        title: 'Divergence under drifting tastes: long-run welfare and diversity with exploration on and off',
        header: head(study, ['policy', 'welfare ÷ oracle', 'second half ÷ oracle', 'brands tried / consumer', 'styles tried / consumer', 'second half: brands', 'second half: styles', 'divergent shown', 'taken']),
        rows: study.variants.flatMap((v) =>
          policiesOf(v).map(([p, s]) => [
            ...prefix(study, v),
            p,
            dec(s.welfareRatio),
            dec(s.lateWelfareRatio),
            dec(s.diversity.brandsPerConsumer),
            dec(s.diversity.stylesPerConsumer),
            dec(s.diversity.lateBrandsPerConsumer),
            dec(s.diversity.lateStylesPerConsumer),
            s.divergence.shown,
            s.divergence.taken,
          ]),
        ),
      };
    case 'welfare':
      return {
        title: 'Welfare ÷ oracle and the share of money paid to dishonest brands',
        header: head(study, ['policy', 'welfare ÷ oracle', 'second half ÷ oracle', 'spend to dishonest', 'budget violations', 'completion']),
        rows: study.variants.flatMap((v) => policiesOf(v).map(([p, s]) => [...prefix(study, v), p, dec(s.welfareRatio), dec(s.lateWelfareRatio), pct(s.dishonestSpendShare), s.budgetViolations, pct(s.completion)])),
      };
  }
}

/** Precision with what it rests on: "0.0% (0 of 12 flags right; 12 false positives)", or "— (nothing flagged)". */
function precisionCell(d: DetectionSummary): string {
  const flagged = d.tp + d.fp;
  return flagged === 0 ? '— (nothing flagged)' : `${pct(d.precision)} (${d.tp} of ${flagged} flags right; ${d.fp} false positive${d.fp === 1 ? '' : 's'})`;
}

/** Recall with its counts: "50.0% (6 of 12)". */
function recallCell(d: DetectionSummary): string {
  const actual = d.tp + d.fn;
  return actual === 0 ? '— (none in the market)' : `${pct(d.recall)} (${d.tp} of ${actual})`;
}

/** Detection precision and recall of dishonest and pushy brands by each ledger-keeping butler, at the end of the run. */
export function detectionTable(study: StudyResult): KeyTable {
  return {
    title: 'Detection by the butlers’ ledgers at the end of the run (over consumer × brand pairs the butler knows)',
    header: head(study, ['policy', 'dishonest: precision', 'recall', 'pushy/manipulative: precision', 'recall']),
    rows: study.variants.flatMap((v) =>
      POLICY_IDS.flatMap((p) => {
        const d = v.metrics.detection[p];
        return d ? [[...prefix(study, v), p, precisionCell(d.dishonest), recallCell(d.dishonest), precisionCell(d.pressure), recallCell(d.pressure)]] : [];
      }),
    ),
  };
}
