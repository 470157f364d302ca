import { fileURLToPath } from 'node:url';
import { InputError, GateFailedError } from '../shared/errors.js';
import { train } from '../shared/commands/train.js';
import { evaluate } from '../shared/commands/evaluate.js';
import { drift } from '../shared/commands/drift.js';
import { gate } from '../shared/commands/gate.js';
import { fetchModel, lineageOf, promote, promotionTarget, publish } from '../shared/commands/registry.js';
import { readRunContext } from '../shared/github/context.js';
import { currentEnvironment } from '../shared/environment.js';
import { runDemo } from '../shared/commands/demo.js';
import { DEFAULT_LOCAL_STORE } from '../shared/registry/open-registry.js';
import { metricsSection, driftSection } from '../shared/report/pr-report.js';
import { driftHtml } from '../shared/report/drift-html.js';
import { lineageMarkdown, lineageMermaid } from '../shared/lineage/render-lineage.js';
import { toJson } from '../shared/util/files.js';
import { postReport } from '../shared/github/post-report.js';
import { COMMENT_LIMIT } from '../shared/github/sticky-comment.js';
import {
  choiceOption, integerOption, jsonObjectOption, listOption, numberOption, pairsOption, stringOption,
  type CommandSpec, type OptionSpec, type ParsedOptions,
} from './options.js';

/** What a command gives back: text for stdout (or `--output`), and its exit code. */
export interface CommandOutput {
  text: string;
  exitCode: number;
}

export interface CliContext {
  /** Progress lines (stderr), so stdout stays machine-readable. */
  log: (line: string) => void;
  /** The package root (where `examples/` lives). */
  packageRoot: URL;
}

export interface Command extends CommandSpec {
  run(values: ParsedOptions, context: CliContext): Promise<CommandOutput>;
}

const store: OptionSpec = { name: 'store', type: 'string', value: 'dir|github', description: 'registry backend: a folder, or `github` for GitHub releases', default: DEFAULT_LOCAL_STORE };
const output: OptionSpec = { name: 'output', type: 'string', value: 'file', description: 'write the result to a file instead of standard output' };
const format = (choices: string[], fallback: string): OptionSpec => ({ name: 'format', type: 'string', value: choices.join('|'), description: 'output format', default: fallback });
const ok = (text: string): CommandOutput => ({ text, exitCode: 0 });

export const COMMANDS: Command[] = [
  {
    name: 'train', summary: 'Train a classifier on a CSV file and write model.json (and predictions for a test file).',
    usage: 'mlgate train --data <csv> --target <column> --out <dir> [--model logistic_regression|random_forest] [--params <json>] [--test <csv>]',
    options: [
      { name: 'data', type: 'string', value: 'csv', description: 'training data (CSV with a header row)', required: true },
      { name: 'target', type: 'string', value: 'column', description: 'label column', required: true },
      { name: 'out', type: 'string', value: 'dir', description: 'folder for model.json and predictions.csv', required: true },
      { name: 'model', type: 'string', value: 'type', description: 'logistic_regression or random_forest', default: 'logistic_regression' },
      { name: 'params', type: 'string', value: 'json', description: 'model parameters as a JSON object, e.g. {"C": 0.5}' },
      { name: 'test', type: 'string', value: 'csv', description: 'rows to predict after training (writes predictions.csv)' },
      { name: 'id-column', type: 'string', value: 'column', description: 'row id column, copied into the predictions', default: 'id' },
      { name: 'exclude', type: 'string', value: 'a,b', description: 'columns that are not features', multiple: true },
    ],
    async run(v) {
      const result = await train({
        data: stringOption(v, 'data')!, target: stringOption(v, 'target')!, out: stringOption(v, 'out')!, model: stringOption(v, 'model')!,
        params: jsonObjectOption(v, 'params'), test: stringOption(v, 'test'), idColumn: stringOption(v, 'id-column'), exclude: listOption(v, 'exclude'),
      });
      return ok(toJson(result));
    },
  },
  {
    name: 'evaluate', summary: 'Score predictions (metrics as scikit-learn computes them, bootstrap intervals) and compare with a baseline.',
    usage: 'mlgate evaluate --predictions <csv> --task binary|multiclass|regression [--baseline <csv>] [--format json|markdown]',
    options: [
      { name: 'predictions', type: 'string', value: 'csv', description: 'candidate predictions: y_true, y_pred, y_score (or y_score_<class>), optional id', required: true },
      { name: 'task', type: 'string', value: 'task', description: 'binary, multiclass or regression', required: true },
      { name: 'baseline', type: 'string', value: 'csv', description: "the baseline model's predictions on the same rows (matched by id when present)" },
      { name: 'positive-label', type: 'string', value: 'label', description: 'positive class for binary tasks (default: 1 or true)' },
      { name: 'y-true', type: 'string', value: 'column', description: 'true label column', default: 'y_true' },
      { name: 'y-pred', type: 'string', value: 'column', description: 'predicted label column', default: 'y_pred' },
      { name: 'y-score', type: 'string', value: 'column', description: 'score column (binary) or score column prefix (multiclass)', default: 'y_score' },
      { name: 'id', type: 'string', value: 'column', description: 'row id column', default: 'id' },
      { name: 'resamples', type: 'string', value: 'n', description: 'bootstrap resamples', default: '1000' },
      { name: 'seed', type: 'string', value: 'n', description: 'bootstrap seed (same seed, same intervals)', default: '1' },
      format(['json', 'markdown'], 'json'), output,
    ],
    async run(v) {
      const result = evaluate({
        predictions: stringOption(v, 'predictions')!, task: stringOption(v, 'task')!, baseline: stringOption(v, 'baseline'),
        positiveLabel: stringOption(v, 'positive-label'), resamples: integerOption(v, 'resamples'), seed: integerOption(v, 'seed'),
        columns: { yTrue: stringOption(v, 'y-true')!, yPred: stringOption(v, 'y-pred')!, yScore: stringOption(v, 'y-score')!, id: stringOption(v, 'id')! },
      });
      return ok(choiceOption(v, 'format', ['json', 'markdown'] as const) === 'markdown' ? `${metricsSection(result)}\n` : toJson(result));
    },
  },
  {
    name: 'drift', summary: 'Compare a current data sample with a reference, column by column, with multiple-testing control.',
    usage: 'mlgate drift --reference <csv> --current <csv> [--method <name>] [--threshold <x>] [--columns a,b] [--correction bh|bonferroni|none] [--format json|markdown|html] [--output <file>]',
    options: [
      { name: 'reference', type: 'string', value: 'csv', description: 'reference data (e.g. the training set)', required: true },
      { name: 'current', type: 'string', value: 'csv', description: 'current data (e.g. production)', required: true },
      { name: 'method', type: 'string', value: 'name', description: 'auto, ks, chisquare, z, cramer_von_mises, anderson, mannwhitney, t_test, fisher_exact, wasserstein, psi, jensenshannon, hellinger, kl_div, tvd, linf, energy_distance', default: 'auto' },
      { name: 'threshold', type: 'string', value: 'x', description: "p-value or distance threshold (default: the method's own)" },
      { name: 'columns', type: 'string', value: 'a,b', description: 'columns to compare (default: all shared columns)', multiple: true },
      { name: 'exclude', type: 'string', value: 'a,b', description: 'columns to leave out (ids, the target)', multiple: true },
      { name: 'column-method', type: 'string', value: 'col=method', description: 'per-column method overrides', multiple: true },
      { name: 'correction', type: 'string', value: 'bh|bonferroni|none', description: 'multiple-testing correction across columns', default: 'bh' },
      { name: 'drift-share', type: 'string', value: 'x', description: 'share of drifted columns at which the dataset drifts', default: '0.5' },
      { name: 'critical-columns', type: 'string', value: 'a,b', description: 'columns whose drift alone drifts the dataset', multiple: true },
      format(['json', 'markdown', 'html'], 'json'), output,
    ],
    async run(v) {
      const report = drift({
        reference: stringOption(v, 'reference')!, current: stringOption(v, 'current')!, method: stringOption(v, 'method'),
        threshold: numberOption(v, 'threshold'), columns: listOption(v, 'columns'), exclude: listOption(v, 'exclude'),
        columnMethods: pairsOption(v, 'column-method'), correction: stringOption(v, 'correction'), driftShare: numberOption(v, 'drift-share'),
        criticalColumns: listOption(v, 'critical-columns'),
      });
      const chosen = choiceOption(v, 'format', ['json', 'markdown', 'html'] as const);
      return ok(chosen === 'markdown' ? `${driftSection(report)}\n` : chosen === 'html' ? driftHtml(report) : toJson(report));
    },
  },
  {
    name: 'gate', summary: 'Apply a gate policy to an evaluation and a drift report; print the pull-request report. Exits 1 when the verdict is fail.',
    usage: 'mlgate gate [--evaluation <json>] [--drift <json>] [--policy <yaml>] [--format markdown|json]',
    options: [
      { name: 'evaluation', type: 'string', value: 'json', description: 'output of `mlgate evaluate --format json`' },
      { name: 'drift', type: 'string', value: 'json', description: 'output of `mlgate drift --format json`' },
      { name: 'policy', type: 'string', value: 'yaml', description: 'gate policy file (default: the primary metric must not drop significantly; dataset drift warns)' },
      { name: 'title', type: 'string', value: 'text', description: 'report title' },
      { name: 'comment', type: 'boolean', description: 'post or update the sticky pull-request comment (GITHUB_TOKEN, GITHUB_REPOSITORY and a pull request from the event or --pull-request)' },
      { name: 'check-run', type: 'boolean', description: 'record the verdict as a check run (else a commit status) on GITHUB_SHA' },
      { name: 'pull-request', type: 'string', value: 'n', description: 'pull request number for --comment' },
      format(['markdown', 'json'], 'markdown'), output,
    ],
    async run(v, context) {
      const post = v.comment === true || v['check-run'] === true;
      const report = gate({
        evaluation: stringOption(v, 'evaluation'), drift: stringOption(v, 'drift'), policy: stringOption(v, 'policy'), title: stringOption(v, 'title'),
        ...(post ? { commentLimit: COMMENT_LIMIT - 512, fullReportAt: 'the output of `mlgate gate`' } : {}),
      });
      if (post) {
        const token = currentEnvironment().token;
        if (!token) throw new InputError('--comment and --check-run need a token in the GITHUB_TOKEN environment variable');
        const pullRequest = integerOption(v, 'pull-request');
        const posted = await postReport(report, {
          token, comment: v.comment === true, checkRun: v['check-run'] === true, checkName: 'mlgate',
          title: `${stringOption(v, 'title') ?? 'mlgate'}: ${report.verdict}`, ...(pullRequest ? { pullRequest } : {}),
          log: { info: context.log, warning: (m) => context.log(`warning: ${m}`) },
        });
        if (posted.comment) context.log(`comment ${posted.comment.action}: ${posted.comment.url}`);
        for (const reason of posted.skipped) context.log(`warning: ${reason}`);
      }
      const text = choiceOption(v, 'format', ['markdown', 'json'] as const) === 'json' ? toJson(report) : report.markdown;
      return { text, exitCode: report.verdict === 'fail' ? new GateFailedError('verdict: fail').exitCode : 0 };
    },
  },
  {
    name: 'publish', summary: 'Publish model files as a registry version with lineage.json, MODEL_CARD.md and SHA256SUMS.',
    usage: 'mlgate publish --model <name> --version <semver> --files <path>… [--store <dir>|github]',
    options: [
      { name: 'model', type: 'string', value: 'name', description: 'model name (letters, digits, - _ and / for namespaces)', required: true },
      { name: 'version', type: 'string', value: 'semver', description: 'version, e.g. 1.2.0', required: true },
      { name: 'files', type: 'string', value: 'path', description: 'model files (repeat or comma-separate)', required: true, multiple: true },
      store,
      { name: 'data', type: 'string', value: 'path', description: 'data files to record in the lineage', multiple: true },
      { name: 'params', type: 'string', value: 'json', description: 'training parameters to record' },
      { name: 'evaluation', type: 'string', value: 'json', description: 'evaluation to record (metrics.json)' },
      { name: 'evaluation-set', type: 'string', value: 'csv', description: 'the predictions file the evaluation read' },
      { name: 'drift', type: 'string', value: 'json', description: 'drift report at publish time' },
      { name: 'gate-report', type: 'string', value: 'json', description: 'gate report of the comparison with the parent' },
      { name: 'parent', type: 'string', value: 'semver', description: 'the version this one was compared against' },
      { name: 'card-template', type: 'string', value: 'md', description: 'model card template (intended use, owner; `{{generated}}` marks where the generated sections go)' },
    ],
    async run(v) {
      const result = await publish({
        model: stringOption(v, 'model')!, version: stringOption(v, 'version')!, files: listOption(v, 'files') ?? [], store: stringOption(v, 'store'),
        data: listOption(v, 'data'), params: jsonObjectOption(v, 'params'), evaluation: stringOption(v, 'evaluation'), evaluationSet: stringOption(v, 'evaluation-set'),
        drift: stringOption(v, 'drift'), gateReport: stringOption(v, 'gate-report'), parent: stringOption(v, 'parent'), cardTemplate: stringOption(v, 'card-template'),
        command: 'mlgate publish',
      });
      return ok(toJson({ outcome: result.outcome, version: result.version }));
    },
  },
  {
    name: 'promote', summary: 'Assign a published version to a stage (e.g. production); the history keeps every assignment.',
    usage: 'mlgate promote --model <name> --version <semver> --stage <stage> [--note <text>] [--store <dir>|github]',
    options: [
      { name: 'model', type: 'string', value: 'name', description: 'model name (in Actions: default from a release or version-tag event)' },
      { name: 'version', type: 'string', value: 'semver', description: 'published version (in Actions: default from the event\'s tag)' },
      { name: 'stage', type: 'string', value: 'stage', description: 'stage name, e.g. staging or production', required: true },
      { name: 'note', type: 'string', value: 'text', description: 'why (kept in the audit trail)' },
      store,
    ],
    async run(v) {
      const eventTag = currentEnvironment().repository ? readRunContext().tag : null;
      const target = promotionTarget({ model: stringOption(v, 'model'), version: stringOption(v, 'version') }, eventTag);
      return ok(toJson(await promote({ ...target, stage: stringOption(v, 'stage')!, note: stringOption(v, 'note'), store: stringOption(v, 'store') })));
    },
  },
  {
    name: 'fetch', summary: "Download a version's files and verify every SHA-256; on any mismatch nothing is left in the output folder.",
    usage: 'mlgate fetch --model <name> (--stage <stage>|--version <semver>) --out <dir> [--store <dir>|github]',
    options: [
      { name: 'model', type: 'string', value: 'name', description: 'model name', required: true },
      { name: 'stage', type: 'string', value: 'stage', description: 'the version currently in this stage' },
      { name: 'version', type: 'string', value: 'semver', description: 'this version (default: the latest)' },
      { name: 'out', type: 'string', value: 'dir', description: 'output folder', required: true },
      store,
    ],
    async run(v) {
      const result = await fetchModel({ model: stringOption(v, 'model')!, stage: stringOption(v, 'stage'), version: stringOption(v, 'version'), out: stringOption(v, 'out')!, store: stringOption(v, 'store') });
      return ok(toJson({ version: result.version.version, tag: result.version.tag, directory: result.directory, files: result.files }));
    },
  },
  {
    name: 'lineage', summary: "Show a model's ancestry chain and stage history (audit trail).",
    usage: 'mlgate lineage --model <name> [--version <semver>] [--format json|markdown|mermaid] [--store <dir>|github]',
    options: [
      { name: 'model', type: 'string', value: 'name', description: 'model name', required: true },
      { name: 'version', type: 'string', value: 'semver', description: 'start from this version (default: the latest)' },
      format(['json', 'markdown', 'mermaid'], 'markdown'), store, output,
    ],
    async run(v) {
      const view = await lineageOf({ model: stringOption(v, 'model')!, version: stringOption(v, 'version'), store: stringOption(v, 'store') });
      const chosen = choiceOption(v, 'format', ['json', 'markdown', 'mermaid'] as const);
      return ok(chosen === 'json' ? toJson(view) : chosen === 'mermaid' ? lineageMermaid(view) : lineageMarkdown(view));
    },
  },
  {
    name: 'demo', summary: 'Run the whole pull-request flow on the bundled breast-cancer data with a local registry (no GitHub account needed).',
    usage: 'mlgate demo [--out <dir>]',
    options: [{ name: 'out', type: 'string', value: 'dir', description: 'folder for every artefact of the run (emptied first)', default: 'out/demo' }],
    async run(v, context) {
      const data = fileURLToPath(new URL('examples/breast-cancer/', context.packageRoot));
      const result = await runDemo({ data, out: stringOption(v, 'out')!, log: context.log });
      context.log(`\nwrote ${Object.values(result.files).join(', ')}\n`);
      return ok(result.report.markdown);
    },
  },
];

export function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new InputError(`unknown command \`${name}\` (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
  return command;
}
