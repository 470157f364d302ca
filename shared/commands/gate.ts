import { InputError } from '../errors.js';
import type { DriftReport } from '../drift/drift-report.js';
import { TASKS, type EvaluationResult } from '../metrics/index.js';
import { applyPolicy, type GateResult } from '../gate/gate.js';
import { defaultPolicy, readPolicy, type GatePolicy } from '../gate/policy.js';
import { renderReport, renderReportWithin } from '../report/pr-report.js';
import { readJsonFile } from '../util/files.js';

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

/** The JSON `mlgate evaluate --format json` writes, checked enough that the gate's messages make sense. */
export function readEvaluation(path: string): EvaluationResult {
  const value = readJsonFile<EvaluationResult>(path, 'evaluation');
  if (!TASKS.includes(value?.task)) throw new InputError(`${path}: \`task\` must be ${TASKS.join(', ')} — is this the output of \`mlgate evaluate --format json\`?`);
  if (typeof value.metrics !== 'object' || value.metrics === null) throw new InputError(`${path}: \`metrics\` is missing`);
  for (const [name, raw] of Object.entries(value.metrics)) {
    const metric = reviveNumber(raw);
    if (typeof metric !== 'number') throw new InputError(`${path}: metric \`${name}\` is ${typeof metric}, expected a number`);
    value.metrics[name] = metric;
  }
  value.intervals ??= {};
  return value;
}

/** The JSON `mlgate drift --format json` writes. */
export function readDrift(path: string): DriftReport {
  const value = readJsonFile<DriftReport>(path, 'drift report');
  if (!Array.isArray(value?.columns) || typeof value.dataset_drifted !== 'boolean') {
    throw new InputError(`${path}: not a drift report (expected \`columns\` and \`dataset_drifted\`) — is this the output of \`mlgate drift --format json\`?`);
  }
  for (const column of value.columns) {
    column.statistic = reviveNumber(column.statistic) as number | null;
  }
  return value;
}

/** Undoes `toJson`'s encoding of non-finite numbers, for fields that hold numbers. */
function reviveNumber(value: unknown): unknown {
  return value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value === 'NaN' ? NaN : value;
}
