import type { GateCheck, GateReport, Verdict } from './gate.js';
import type { GateHeadline } from './headline.js';

/** One model's gate, as its job wrote it (`gate.json`) and the manifest says whether it blocks. */
export interface ModelGate {
  model: string;
  /** Where its report was read from (named in errors and in the details). */
  source: string;
  verdict: Verdict;
  checks: GateCheck[];
  headline: GateHeadline | null;
  /** A failing model that does not block (`blocking: false` in the manifest) warns the aggregate instead of failing it. */
  blocking: boolean;
  /** Why the model has no checks to show, e.g. its job wrote no report. */
  note?: string;
}

export interface AggregateGate {
  /** fail when a blocking model fails; warn when any model warns or a non-blocking one fails; else pass. */
  verdict: Verdict;
  /** Worst first: blocking failures, other failures, warnings, passes; within each, most failing and warning checks first, then by name. */
  models: ModelGate[];
  counts: Record<Verdict, number>;
  /** The blocking models that failed, in the order above (what fails the job). */
  blocking_failures: string[];
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

export function modelGate(report: Pick<GateReport, 'verdict' | 'checks' | 'headline'>, model: string, source: string, blocking: boolean): ModelGate {
  return { model, source, verdict: report.verdict, checks: report.checks, headline: report.headline ?? null, blocking };
}

/**
 * A planned model whose job wrote no report (it failed before its gate, or was cancelled): it
 * fails, since nothing shows it passed.
 */
export function missingModelGate(model: string, blocking: boolean): ModelGate {
  return { model, source: '(no report)', verdict: 'fail', checks: [], headline: null, blocking, note: 'no gate report: the model\'s job did not get to its gate (see the workflow run)' };
}

/** The verdict of many models' gates and their order in the report: the ones a reviewer must look at first. */
export function aggregateGates(gates: readonly ModelGate[]): AggregateGate {
  const severity = (g: ModelGate) => RANK[g.verdict] * 2 + (g.verdict === 'fail' && g.blocking ? 1 : 0);
  const urgentChecks = (g: ModelGate) => g.checks.filter((c) => c.status !== 'pass').length;
  const models = [...gates].sort((a, b) => severity(b) - severity(a) || urgentChecks(b) - urgentChecks(a) || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  const counts: Record<Verdict, number> = { pass: 0, warn: 0, fail: 0 };
  for (const g of models) counts[g.verdict]++;
  const blocking_failures = models.filter((g) => g.verdict === 'fail' && g.blocking).map((g) => g.model);
  const verdict: Verdict = blocking_failures.length > 0 ? 'fail' : counts.fail + counts.warn > 0 ? 'warn' : 'pass';
  return { verdict, models, counts, blocking_failures };
}
