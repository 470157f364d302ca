import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { readGateReport } from '../adapters/codecs/gate-json.js';
import { MANIFEST_FILE } from '../adapters/codecs/models-manifest.js';
import { checkModelName } from '../adapters/registry/names.js';
import { postReport, type PostResult } from '../adapters/github/post-report.js';
import { aggregateGates, missingModelGate, modelGate, type AggregateGate, type ModelGate } from '../core/gate/aggregate.js';
import { renderAggregateReport } from '../render/aggregate-report.js';
import { writeFileAtomic } from '../adapters/files/files.js';
import { toJson } from '../adapters/codecs/json.js';
import type { CommandOutcome, Logger } from './command.js';
import { COMMENT_BUDGET, type ReportPostingOptions } from './gate.js';
import { SUMMARY_BUDGET_BYTES, utf8Bytes } from './summary-budget.js';
import { readModelManifest } from './plan.js';

/** More reports than a repository has models is a folder pointed at the wrong place. */
const MAX_REPORTS = 20_000;

export interface AggregateGateOptions extends ReportPostingOptions {
  /** The folder the per-model jobs' `gate.json` artifacts were downloaded into (searched recursively). */
  folder: string;
  /** The plan's matrix JSON: a planned model without a report fails (its job did not get to its gate). */
  planned?: string;
  /** The model manifest, for `blocking`; default `.mlgate.yml` when it exists (else every model blocks). */
  manifest?: string;
  /** Default `<workflow>/models`: one comment per workflow, apart from the per-model jobs' comments. */
  commentKey?: string;
}

export interface AggregateReport extends AggregateGate {
  markdown: string;
  comment_markdown: string;
}

export interface AggregateRun {
  report: AggregateReport;
  summary: string;
  posted: PostResult | null;
  notPosted?: string;
}


/**
 * Many models' gates as one report: every `*.json` file under `folder` must be a gate report
 * naming its model (`gate --model`, or the per-model job's `comment-key`), one per model. Posts one
 * sticky comment and one check run as the gate does, fitted under GitHub's limits.
 */
export async function runAggregateGate(options: AggregateGateOptions): Promise<AggregateRun> {
  const blocking = blockingOf(options.manifest);
  const gates = readModelGates(options.folder, blocking, options.log, options.planned !== undefined);
  if (options.planned !== undefined) {
    const reported = new Set(gates.map((g) => g.model));
    const missing = plannedModels(options.planned).filter((model) => !reported.has(model));
    if (missing.length > 0) options.log.warning(`${missing.length} planned ${missing.length === 1 ? 'model has' : 'models have'} no gate report (failing): ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`);
    gates.push(...missing.map((model) => missingModelGate(model, blocking.get(model) ?? true)));
  }
  const aggregate = aggregateGates(gates);
  const fullReportAt = options.environment.runUrl ? `the job summary of ${options.environment.runUrl}` : 'the output of `mlgate gate --aggregate`';
  const markdown = renderAggregateReport(aggregate, options.title);
  const report: AggregateReport = {
    ...aggregate, markdown,
    comment_markdown: renderAggregateReport(aggregate, options.title, { limit: COMMENT_BUDGET, fullReportAt }),
  };
  const summary = renderAggregateReport(aggregate, options.title, {
    limit: SUMMARY_BUDGET_BYTES, fullReportAt: 'the report-markdown and report-json outputs', limitName: "GitHub's job summary limit", measure: utf8Bytes,
  });
  if (options.markdownPath) writeFileAtomic(options.markdownPath, markdown);
  if (!options.comment && !options.checkRun) return { report, summary, posted: null };
  if (!options.token) {
    const reason = 'no GitHub token (the action\'s github-token input is empty; the CLI reads GITHUB_TOKEN)';
    options.log.warning(`nothing posted: ${reason}; the report is in the job summary`);
    return { report, summary, posted: null, ...(options.commentRequired ? { notPosted: `comment: required, but not posted: ${reason}` } : {}) };
  }
  const posted = await postReport(report, {
    token: options.token, comment: options.comment, checkRun: options.checkRun, checkName: options.checkName,
    title: `${options.title}: ${report.verdict}`, log: options.log, environment: options.environment,
    key: options.commentKey ?? `${options.environment.workflow ?? 'workflow'}/models`,
    ...(options.pullRequest ? { pullRequest: options.pullRequest } : {}),
    ...(options.commentAuthor ? { commentAuthor: options.commentAuthor } : {}),
  });
  if (posted.comment) options.log.info(`comment ${posted.comment.action}: ${posted.comment.url}`);
  for (const reason of posted.skipped) options.log.warning(reason);
  for (const { part, error } of posted.failed) options.log.warning(`no ${part === 'comment' ? 'comment' : 'check run'}: ${error.message} (the report is in the job summary)`);
  const notPosted = options.commentRequired && !posted.comment
    ? `comment: required, but not posted: ${posted.failed.find((f) => f.part === 'comment')?.error.message ?? posted.skipped.find((reason) => reason.startsWith('no comment')) ?? 'unknown reason'}`
    : undefined;
  return { report, summary, posted, ...(notPosted ? { notPosted } : {}) };
}

/** Model name → blocking, from the manifest (the default file only when it exists). */
function blockingOf(manifest: string | undefined): Map<string, boolean> {
  const path = manifest ?? MANIFEST_FILE;
  if (manifest === undefined && !existsSync(path)) return new Map();
  return new Map(readModelManifest(path).models.map((m) => [m.name, m.blocking]));
}

/**
 * Every gate report under `folder`, one per model. Refused, naming the files: a missing or empty
 * folder, a JSON file that is not a gate report, a report without a model, two reports of one model.
 */
export function readModelGates(folder: string, blocking: ReadonlyMap<string, boolean>, log: Pick<Logger, 'warning'>, planned = false): ModelGate[] {
  // With the plan, a missing or empty folder is every planned model's job failing before its gate (no artifact was uploaded).
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    if (planned) return [];
    throw new InputError(`${folder}: no such folder: give --aggregate the folder the per-model jobs' gate.json artifacts were downloaded into`);
  }
  const files = jsonFilesUnder(folder);
  if (files.length === 0 && planned) return [];
  if (files.length === 0) throw new InputError(`${folder}: no gate reports (*.json) in this folder: download the per-model jobs' gate.json artifacts into it (actions/download-artifact with a \`pattern\`)`);
  if (files.length > MAX_REPORTS) throw new InputError(`${folder}: ${files.length} JSON files, more than ${MAX_REPORTS} models; refusing to read them`);
  const byModel = new Map<string, string>();
  const gates: ModelGate[] = [];
  for (const file of files) {
    const report = readGateReport(file);
    if (report.model === undefined) {
      throw new InputError(`${file}: this gate report names no model: run each model's gate with \`model\` (or \`comment-key\`) set to the model's name`);
    }
    try {
      checkModelName(report.model);
    } catch (error) {
      throw new InputError(`${file}: ${(error as Error).message}`);
    }
    const other = byModel.get(report.model);
    if (other !== undefined) throw new InputError(`${other} and ${file} are both reports of model \`${report.model}\`: keep one report per model in ${folder}`);
    byModel.set(report.model, file);
    gates.push(modelGate(report, report.model, relative(folder, file) || file, blocking.get(report.model) ?? true));
  }
  const unknown = blocking.size > 0 ? gates.filter((g) => !blocking.has(g.model)).map((g) => g.model) : [];
  if (unknown.length > 0) log.warning(`${unknown.length} models are not in the manifest (blocking, as a listed model is by default): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''}`);
  return gates;
}

/** The model names of a plan's matrix (`{"include": [{"model": …}, …]}`). */
function plannedModels(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`planned: not JSON: give the plan's matrix output (needs.plan.outputs.matrix), got \`${text.slice(0, 80)}\``);
  }
  const include = (value as { include?: unknown } | null)?.include;
  if (!Array.isArray(include) || include.some((entry) => typeof (entry as { model?: unknown } | null)?.model !== 'string')) {
    throw new InputError('planned: expected the plan\'s matrix, {"include": [{"model": "<name>", …}, …]}');
  }
  return include.map((entry) => (entry as { model: string }).model);
}

/** `.json` files under `folder`, at any depth (download-artifact puts each artifact in its own folder), in a stable order. */
function jsonFilesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) found.push(path);
    }
  };
  walk(folder);
  return found;
}

type GateOutput = 'verdict' | 'report-json' | 'report-markdown' | 'comment-url' | 'check-run-url' | 'artifact-id' | 'artifact-name';

/** The aggregate's result for the doors: the gate's outputs, the job summary, and a failure naming the blocking models that failed. */
export function aggregateOutcome(run: AggregateRun, files: { format: 'markdown' | 'json'; output?: string; markdownPath?: string }): CommandOutcome<GateOutput> {
  const { report, posted, notPosted } = run;
  const failing = report.blocking_failures;
  const failure = report.verdict === 'fail'
    ? `${failing.length} blocking ${failing.length === 1 ? 'model fails' : 'models fail'}: ${failing.slice(0, 10).join(', ')}${failing.length > 10 ? ` and ${failing.length - 10} more (see the report)` : ''}`
    : undefined;
  return {
    document: files.format === 'json' ? toJson(aggregateDocument(report)) : report.markdown,
    outputs: {
      verdict: report.verdict, 'report-json': files.output ?? '', 'report-markdown': files.markdownPath ?? '',
      'comment-url': posted?.comment?.url ?? '', 'check-run-url': posted?.check?.kind === 'check-run' ? posted.check.url : '',
      'artifact-id': '', 'artifact-name': '',
    },
    summary: run.summary,
    ...(failure ? { failure: [failure, ...(notPosted ? [notPosted] : [])].join('; ') } : notPosted ? { failure: notPosted, failureExitCode: 69 } : {}),
  };
}

/** The aggregate as JSON (`--format json`, the action's `output`): verdict, counts, and per model its verdict, figures and checks, worst first. */
function aggregateDocument(report: AggregateReport) {
  return {
    verdict: report.verdict, counts: report.counts, blocking_failures: report.blocking_failures,
    models: report.models.map((m) => ({ model: m.model, verdict: m.verdict, blocking: m.blocking, source: m.source, headline: m.headline, checks: m.checks })),
    markdown: report.markdown, comment_markdown: report.comment_markdown,
  };
}
