import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { readDrift } from '../adapters/codecs/drift-json.js';
import { readEvaluation } from '../adapters/codecs/evaluation-json.js';
import { readAbTest } from '../adapters/codecs/abtest-json.js';
import { applyPolicy, type GateReport } from '../core/gate/gate.js';
import { DEFAULT_TREND_VERSIONS, defaultPolicy, policyFromYaml, PRIMARY_METRIC } from '../core/gate/policy.js';
import { currentEnvironment } from '../adapters/environment.js';
import { findPolicyFile, repositoryRoot } from '../adapters/files/policy-file.js';
import { evaluationSlices } from '../adapters/codecs/evaluation-slices.js';
import { openRegistry } from '../adapters/registry/open-registry.js';
import { readMetricHistory } from '../adapters/registry/metric-history.js';
import { gateHeadline } from '../core/gate/headline.js';
import { gateHtml } from '../render/gate-html.js';
import { checkModelName } from '../adapters/registry/names.js';
import { renderReport, renderReportWithin } from '../render/pr-report.js';
import { isEnterpriseServer, type RunEnvironment } from '../adapters/environment.js';
import { postReport, type PostResult } from '../adapters/github/post-report.js';
import { reportArtifactName, uploadReportArtifact } from '../adapters/github/report-artifact.js';
import { COMMENT_LIMIT } from '../adapters/github/sticky-comment.js';
import { writeFileAtomic } from '../adapters/files/files.js';
import { encodeGateReport } from '../adapters/codecs/gate-json.js';
import type { Logger } from './command.js';
import { SUMMARY_BUDGET_BYTES, utf8Bytes } from './summary-budget.js';

export interface GateCommandOptions {
  evaluation?: string;
  drift?: string;
  /** A/B decision JSON written by `mlgate abtest` (one check: pass on treatment, warn on continue, fail on control or stop). */
  abtest?: string;
  /** The policy file; absent: `.mlgate.yml` (or `.mlgate.yaml`) at the repository root, else the default policy. */
  policy?: string;
  title?: string;
  baselineLabel?: string;
  candidateLabel?: string;
  /** Also render a version that fits this many characters (a pull-request comment). */
  commentLimit?: number;
  /** Where the full report can be read, named in the fitted version (e.g. the run's URL). */
  fullReportAt?: string;
  /** Also render a version whose UTF-8 encoding fits this many bytes (the job summary). */
  summaryBytes?: number;
  /**
   * The model gated: recorded in gate.json for `gate --aggregate`, and the model whose published
   * versions make the trend (and `max_cumulative_drop`'s reference).
   */
  model?: string;
  /** Recorded in gate.json as the model when `model` is not given (a comment key that is a model name); no trend is read for it. */
  recordedModel?: string;
  /** The registry `model` is in (as `fetch --store`). */
  store?: string;
  /** How many published versions the trend covers (overrides the policy's `trend.versions`). */
  trendVersions?: number;
  token?: string;
  environment?: RunEnvironment;
  /** Where the gate says which policy file it used, and what it left out of the trend. */
  log?: Pick<Logger, 'info' | 'warning'>;
  /** Where `.mlgate.yml` is looked up from (default: the process's working directory). */
  cwd?: string;
  /** false: without `policy`, the default policy, whatever the repository holds (the demo). */
  lookUpPolicy?: boolean;
  /** Also render the report as a standalone HTML page (`html`). */
  html?: boolean;
}

const QUIET = { info: () => undefined, warning: () => undefined };

/** Reads the evaluation and drift results, applies the policy and renders the report. */
export async function gate(options: GateCommandOptions): Promise<GateReport & { summary_markdown: string; html?: string }> {
  if (!options.evaluation && !options.drift && !options.abtest) throw new InputError('gate needs an evaluation (--evaluation), a drift report (--drift) or an A/B decision (--abtest)');
  const log = options.log ?? QUIET;
  const environment = options.environment ?? currentEnvironment();
  const evaluation = options.evaluation ? readEvaluation(options.evaluation) : undefined;
  const drift = options.drift ? readDrift(options.drift) : undefined;
  const abtest = options.abtest ? readAbTest(options.abtest) : undefined;
  const task = evaluation?.task ?? 'binary';
  const policyPath = options.policy ?? (options.lookUpPolicy === false ? undefined : findPolicyFile(repositoryRoot(options.cwd ?? process.cwd(), environment.workspace)));
  // Said when a file was found (the gate's rules came from somewhere the command line does not
  // show); without one the default policy applies, as the option's help says.
  if (!options.policy && policyPath) log.info(`policy: ${policyPath} (found at the repository root)`);
  let policy = policyPath ? policyFromYaml(readPolicyFile(policyPath), policyPath, task) : defaultPolicy(task);
  if (!policyPath && evaluation && evaluation.intervals === null) {
    // Metrics files name metrics their own way (`eval_accuracy`, `val/acc`): the default rule's
    // metric is rarely among them, and gating a name nobody wrote would fail every pull request.
    const [metric] = Object.keys(policy.metrics);
    const has = (m: Record<string, number> | undefined) => m !== undefined && Object.hasOwn(m, metric);
    if (!has(evaluation.metrics) && !has(evaluation.baseline_metrics)) {
      throw new InputError(`${options.evaluation}: without --policy the gate checks \`${metric}\` (the ${task} default), which the metrics files do not have; give a policy naming the metrics to gate (the candidate has: ${Object.keys(evaluation.metrics).slice(0, 20).join(', ') || 'none'})`);
    }
  }
  const slices = evaluation && policy.slices ? evaluationSlices(evaluation, options.evaluation!) : {};
  const cumulative = Object.entries(policy.metrics).filter(([, rule]) => rule.max_cumulative_drop !== undefined).map(([metric]) => metric);
  let history;
  if (options.model && evaluation) {
    const versions = options.trendVersions ?? policy.trend?.versions ?? DEFAULT_TREND_VERSIONS;
    if (!(Number.isSafeInteger(versions) && versions >= 1 && versions <= MAX_TREND_VERSIONS)) throw new InputError(`trend-versions must be a whole number from 1 to ${MAX_TREND_VERSIONS}, got ${versions}`);
    const primary = PRIMARY_METRIC[task];
    const metric = policy.trend?.metric ?? (Object.hasOwn(evaluation.metrics, primary) || Object.hasOwn(policy.metrics, primary) ? primary : Object.keys(policy.metrics)[0]);
    policy = { ...policy, trend: { versions, metric } };
    const registry = openRegistry(options.store, { environment, token: options.token, warn: (m) => log.warning(m) });
    const read = await readMetricHistory(registry, options.model, versions);
    for (const note of read.notes) log.warning(note);
    log.info(`trend: ${read.history.length} published versions of ${options.model} in the ${registry.description}`);
    history = read.history;
  } else if (cumulative.length > 0 && evaluation) {
    throw new InputError(`${policyPath}: \`metrics.${cumulative[0]}.max_cumulative_drop\` compares with the model's published versions: give the model (--model, and --store when it is not the default registry)`);
  } else if (policy.trend && evaluation) {
    log.warning(`${policyPath}: \`trend\` needs the model (--model): no trend drawn`);
  }
  const result = applyPolicy({ evaluation, drift, ...(abtest ? { abtest } : {}), policy, ...(slices.slices ? { slices: slices.slices } : {}), ...(slices.error !== undefined ? { slicesError: slices.error } : {}), ...(history ? { history } : {}) });
  const input = {
    gate: result, evaluation, drift,
    ...(options.title ? { title: options.title } : {}),
    ...(options.baselineLabel ? { baselineLabel: options.baselineLabel } : {}),
    ...(options.candidateLabel ? { candidateLabel: options.candidateLabel } : {}),
  };
  const markdown = renderReport(input);
  const comment = options.commentLimit ? renderReportWithin(input, options.commentLimit, { fullReportAt: options.fullReportAt ?? 'the job summary', full: markdown }) : markdown;
  const summary = options.summaryBytes
    ? renderReportWithin(input, options.summaryBytes, { fullReportAt: 'the report-markdown and report-json outputs', limitName: "GitHub's job summary limit", measure: utf8Bytes, full: markdown })
    : markdown;
  return {
    ...result, policy, markdown, comment_markdown: comment, summary_markdown: summary,
    ...((options.model ?? options.recordedModel) !== undefined ? { model: checkModelName((options.model ?? options.recordedModel)!) } : {}),
    headline: gateHeadline({ evaluation, drift, policy }),
    ...(options.html ? { html: gateHtml({ gate: result, evaluation, drift, ...(options.title ? { title: options.title } : {}) }) } : {}),
  };
}

/** Versions a trend may cover: a chart, and one registry read per version. */
export const MAX_TREND_VERSIONS = 50;


/** How a report reaches the pull request: the fields the gate and the many-models gate share. */
export interface ReportPostingOptions {
  title: string;
  /** Where the markdown report is written (beside the JSON report). */
  markdownPath?: string;
  comment: boolean;
  /** `comment: required`: a comment that could not be posted fails the step (`notPosted`). */
  commentRequired?: boolean;
  checkRun: boolean;
  checkName: string;
  pullRequest?: number;
  commentAuthor?: string;
  commentKey?: string;
  token: string | undefined;
  environment: RunEnvironment;
  log: Logger;
}

export interface GateRunOptions extends ReportPostingOptions {
  /** Also render the report as an HTML page (`GateRun.html`). */
  html?: boolean;
  evaluation?: string;
  drift?: string;
  abtest?: string;
  policy?: string;
  model?: string;
  store?: string;
  trendVersions?: number;
  /** The job's matrix entry as JSON (`null` outside a matrix): part of the default comment key. */
  matrix?: string;
  /**
   * When the token may not write, upload the report as an artifact named by this prefix, the job
   * and the matrix entry (`reportArtifactName`).
   */
  reportArtifact?: string;
}

export interface GateRun {
  report: GateReport;
  /** The report for the job summary, fitted under GitHub's 1 MiB. */
  summary: string;
  /** The report as an HTML page, when asked for (`html`). */
  html?: string;
  posted: PostResult | null;
  artifactId: number | null;
  /** The uploaded artifact's name (null when none was uploaded). */
  artifactName: string | null;
  /** Set when the comment was required and not posted: why, in one line (the door fails, exit 69). */
  notPosted?: string;
}

// Room for the hidden marker and a line of slack under GitHub's comment limit.
export const COMMENT_BUDGET = COMMENT_LIMIT - 512;

/**
 * The gate as both doors run it: the report, then — when asked — the sticky comment and the check
 * run, and, when the token may not write (a fork's pull request, or no token at all), the report
 * and its inputs handed on as a workflow artifact for a trusted `workflow_run` job to post.
 * Posting never hides the verdict: without a token, with a read-only one, or when GitHub keeps
 * failing, the report is still computed and returned, with a warning saying why nothing was
 * posted; only `commentRequired` turns a comment that was not posted into a failure.
 */
export async function runGate(options: GateRunOptions): Promise<GateRun> {
  const { summary_markdown: summary, html, ...report } = await gate({
    html: options.html,
    summaryBytes: SUMMARY_BUDGET_BYTES,
    evaluation: options.evaluation, drift: options.drift, abtest: options.abtest, policy: options.policy, title: options.title,
    model: options.model, store: options.store, trendVersions: options.trendVersions, token: options.token, environment: options.environment, log: options.log,
    commentLimit: COMMENT_BUDGET, fullReportAt: options.environment.runUrl ? `the job summary of ${options.environment.runUrl}` : 'the output of `mlgate gate`',
    // Without `model`, a comment key that is a model name is recorded for `gate --aggregate` (no trend is read for it).
    recordedModel: modelNameOrNothing(options.commentKey),
  });
  if (options.markdownPath) writeFileAtomic(options.markdownPath, report.markdown);
  if (!options.comment && !options.checkRun) return { report, summary, html, posted: null, artifactId: null, artifactName: null };
  if (!options.token) {
    const reason = 'no GitHub token (the action\'s github-token input is empty, as for a fork\'s pull request that cannot read the secret; the CLI reads GITHUB_TOKEN)';
    options.log.warning(`nothing posted: ${reason}; the report is in the job summary`);
    const artifact = options.reportArtifact ? await handOnReport(options.reportArtifact, report, options) : NO_ARTIFACT;
    return { report, summary, html, posted: null, ...artifact, ...(options.commentRequired ? { notPosted: `comment: required, but not posted: ${reason}` } : {}) };
  }
  const matrix = matrixOf(options);
  const posted = await postReport(report, {
    token: options.token, comment: options.comment, checkRun: options.checkRun, checkName: options.checkName,
    title: `${options.title}: ${report.verdict}`, log: options.log, environment: options.environment,
    ...(options.pullRequest ? { pullRequest: options.pullRequest } : {}),
    ...(options.commentAuthor ? { commentAuthor: options.commentAuthor } : {}),
    ...(options.commentKey ? { key: options.commentKey } : {}),
    ...(matrix ? { matrixKey: matrix } : {}),
  });
  if (posted.comment) options.log.info(`comment ${posted.comment.action}: ${posted.comment.url}`);
  for (const reason of posted.skipped) options.log.warning(reason);
  for (const { part, error } of posted.failed) options.log.warning(`no ${part === 'comment' ? 'comment' : 'check run'}: ${error.message} (the report is in the job summary)`);
  const artifact = posted.readOnly && options.reportArtifact ? await handOnReport(options.reportArtifact, report, options) : NO_ARTIFACT;
  const commentFailure = posted.failed.find((f) => f.part === 'comment')?.error.message;
  const notPosted = options.commentRequired && !posted.comment
    ? `comment: required, but not posted: ${commentFailure ?? posted.skipped.find((reason) => reason.startsWith('no comment')) ?? 'unknown reason'}`
    : undefined;
  return { report, summary, html, posted, ...artifact, ...(notPosted ? { notPosted } : {}) };
}

/**
 * Uploads `gate.json`, `gate.md` and copies of the evaluation, drift and A/B JSON under fixed names, so
 * the `workflow_run` job that posts them knows what to read. A failed upload only warns: the report
 * is in the job summary either way.
 */
async function handOnReport(prefix: string, report: GateReport, options: GateRunOptions): Promise<Pick<GateRun, 'artifactId' | 'artifactName'>> {
  const name = reportArtifactName(prefix, options.environment.job, matrixOf(options));
  if (isEnterpriseServer(options.environment.serverUrl)) {
    options.log.warning(`report artifact \`${name}\` not uploaded: the artifact hand-off is unavailable on GitHub Enterprise Server (the toolkit's artifact client refuses it); the report is in the job summary`);
    return NO_ARTIFACT;
  }
  try {
    const folder = mkdtempSync(join(tmpdir(), 'mlgate-report-'));
    writeFileAtomic(join(folder, 'gate.json'), encodeGateReport(report));
    writeFileAtomic(join(folder, 'gate.md'), report.markdown);
    const files = [join(folder, 'gate.json'), join(folder, 'gate.md')];
    for (const [source, copy] of [[options.evaluation, 'evaluation.json'], [options.drift, 'drift.json'], [options.abtest, 'abtest.json']] as const) {
      if (!source) continue;
      copyFileSync(source, join(folder, copy));
      files.push(join(folder, copy));
    }
    const uploaded = await uploadReportArtifact(name, files);
    options.log.info(`uploaded the report as artifact \`${name}\` (${uploaded.size ?? '?'} bytes) for a workflow_run job to post`);
    return { artifactId: uploaded.id ?? null, artifactName: name };
  } catch (error) {
    options.log.warning(`could not upload the report artifact \`${name}\`: ${(error as Error).message}`);
    return NO_ARTIFACT;
  }
}

const NO_ARTIFACT = { artifactId: null, artifactName: null };

/** The matrix entry as the runner gave it; `null` (outside a matrix) is none. */
function matrixOf(options: GateRunOptions): string | undefined {
  return options.matrix && options.matrix !== 'null' ? options.matrix : undefined;
}

/** A comment key that is a valid model name is the model's (a many-models matrix job sets `comment-key: <model>`). */
function modelNameOrNothing(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  try {
    return checkModelName(key);
  } catch {
    return undefined;
  }
}

function readPolicyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`${path}: policy file not found`);
  }
}
