import { InputError } from '../errors.js';
import { readDrift } from '../codecs/drift-json.js';
import { readEvaluation } from '../codecs/evaluation-json.js';
import { applyPolicy, type GateResult } from '../gate/gate.js';
import { defaultPolicy, readPolicy, type GatePolicy } from '../gate/policy.js';
import { renderReport, renderReportWithin } from '../report/pr-report.js';

export interface GateCommandOptions {
  evaluation?: string;
  drift?: string;
  policy?: string;
  title?: string;
  baselineLabel?: string;
  candidateLabel?: string;
  /** Also render a version that fits this many characters (a pull-request comment). */
  commentLimit?: number;
  /** Where the full report can be read, named in the fitted version (e.g. the run's URL). */
  fullReportAt?: string;
}

export interface GateReport extends GateResult {
  policy: GatePolicy;
  /** The full report: job summary, `mlgate gate` output. */
  markdown: string;
  /** The report fitted under `commentLimit` (equal to `markdown` when that fits). */
  comment_markdown: string;
}

export function gate(options: GateCommandOptions): GateReport {
  if (!options.evaluation && !options.drift) throw new InputError('gate needs an evaluation (--evaluation) or a drift report (--drift), or both');
  const evaluation = options.evaluation ? readEvaluation(options.evaluation) : undefined;
  const drift = options.drift ? readDrift(options.drift) : undefined;
  const task = evaluation?.task ?? 'binary';
  const policy = options.policy ? readPolicy(options.policy, task) : defaultPolicy(task);
  const result = applyPolicy({ evaluation, drift, policy });
  const input = {
    gate: result, evaluation, drift,
    ...(options.title ? { title: options.title } : {}),
    ...(options.baselineLabel ? { baselineLabel: options.baselineLabel } : {}),
    ...(options.candidateLabel ? { candidateLabel: options.candidateLabel } : {}),
  };
  const markdown = renderReport(input);
  const comment = options.commentLimit ? renderReportWithin(input, options.commentLimit, options.fullReportAt ?? 'the job summary') : markdown;
  return { ...result, policy, markdown, comment_markdown: comment };
}
