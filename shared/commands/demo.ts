import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { writeDrift } from '../adapters/codecs/drift-json.js';
import { writeEvaluation } from '../adapters/codecs/evaluation-json.js';
import { writeGateReport } from '../adapters/codecs/gate-json.js';
import { predict } from './predict.js';
import { writeFileAtomic } from '../adapters/files/files.js';
import { drift } from './drift.js';
import { evaluate } from './evaluate.js';
import type { GateReport } from '../core/gate/gate.js';
import { gate } from './gate.js';
import { publish } from './publish.js';
import { promote } from './promote.js';
import { fetchModel } from './fetch-model.js';
import { train } from './train.js';

export interface DemoOptions {
  /** Folder with train.csv, holdout.csv and production.csv. */
  data: string;
  /**
   * Folder for every artefact of the run: created, or replaced when it is empty or a previous
   * demo's output (it holds the marker file); any other folder is refused, never emptied.
   */
  out: string;
  log: (line: string) => void;
}

export interface DemoResult {
  report: GateReport;
  files: Record<string, string>;
}

/** Written into every demo output: only a folder holding it is replaced by the next run. */
export const DEMO_MARKER = '.mlgate-demo';

const MODEL = 'breast-cancer';
const TARGET = 'malignant';

/**
 * The whole pull-request flow on the bundled breast-cancer data, with a local registry in place
 * of GitHub: the main branch's model is trained and promoted to production; a pull request trains
 * a candidate with other parameters; the candidate is evaluated against the production model on
 * the same held-out rows, the production data is checked for drift, and the gate decides.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const target = resolve(options.out);
  checkReplaceable(target);
  // Built in a sibling folder and renamed into place at the end: a failed run leaves the previous
  // output as it was, and the user's folder is never written into piecemeal.
  mkdirSync(dirname(target), { recursive: true });
  const building = mkdtempSync(join(dirname(target), `.${basename(target)}.mlgate-demo-`));
  let result: DemoResult;
  try {
    writeFileAtomic(join(building, DEMO_MARKER), 'Written by `mlgate demo`: the next `mlgate demo --out` into this folder replaces it.\n');
    result = await buildDemo({ ...options, out: building });
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  replaceFolder(target, building);
  const files = Object.fromEntries(Object.entries(result.files).map(([key, path]) => [key, join(target, relative(building, path))]));
  return { report: result.report, files };
}

/** Refuses a folder mlgate did not make: a non-empty folder without the demo's marker, or a file. */
function checkReplaceable(folder: string): void {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) throw new InputError(`${folder} is a file, not a folder: give --out a new or empty folder`);
  const entries = readdirSync(folder);
  if (entries.length > 0 && !entries.includes(DEMO_MARKER)) {
    throw new InputError(`${folder} is not empty and is not a previous demo output (no ${DEMO_MARKER} file): give --out a new or empty folder; nothing was changed`);
  }
}

/** Puts `built` at `target`; the previous output (checked replaceable) is moved aside, then removed. */
function replaceFolder(target: string, built: string): void {
  if (!existsSync(target)) {
    renameSync(built, target);
    return;
  }
  const aside = `${built}.previous`;
  renameSync(target, aside);
  try {
    renameSync(built, target);
  } catch (error) {
    renameSync(aside, target);
    throw error;
  }
  rmSync(aside, { recursive: true, force: true });
}

async function buildDemo(options: DemoOptions): Promise<DemoResult> {
  const { data, out, log } = options;
  const store = join(out, 'registry');
  const trainCsv = join(data, 'train.csv');
  const holdoutCsv = join(data, 'holdout.csv');

  log('1. main branch: train the baseline (logistic regression, C = 0.01) and publish it as v1.0.0');
  const baselineParams = { C: 0.01 };
  const baseline = await train({ data: trainCsv, target: TARGET, algorithm: 'logistic_regression', params: baselineParams, test: holdoutCsv, out: join(out, 'baseline') });
  const baselineEval = join(out, 'baseline', 'evaluation.json');
  writeEvaluation(baselineEval, await evaluate({ predictions: baseline.predictions_path!, task: 'binary' }));
  const published = await publish({
    model: MODEL, version: '1.0.0', files: [baseline.model_path], store, data: [trainCsv],
    params: baseline.params, evaluation: baselineEval, evaluationSet: holdoutCsv, command: 'mlgate demo',
  });
  log(`   published ${published.version.tag} (${published.version.files.length} files, SHA256SUMS verified)`);
  const stage = await promote({ model: MODEL, version: '1.0.0', stage: 'production', store, note: 'demo: first model', by: 'mlgate-demo' });
  log(`   promoted: ${stage.tag}`);

  log('2. pull request: train a candidate (logistic regression, C = 1)');
  const candidate = await train({ data: trainCsv, target: TARGET, algorithm: 'logistic_regression', params: { C: 1 }, test: holdoutCsv, out: join(out, 'candidate') });

  log('3. fetch the production model from the registry (checksums verified) and score the same held-out rows');
  const fetched = await fetchModel({ model: MODEL, stage: 'production', store, out: join(out, 'production-model') });
  const productionPredictions = (await predict({ model: join(fetched.directory, 'model.json'), data: holdoutCsv, out: join(out, 'production-model') })).predictions_path;

  log('4. evaluate the candidate against production (paired bootstrap, McNemar, DeLong), with the prediction diff and slices by tumour size');
  const evaluation = await evaluate({
    predictions: candidate.predictions_path!, baseline: productionPredictions, task: 'binary',
    data: holdoutCsv, slices: ['mean_radius'], diffColumns: ['mean_radius', 'mean_texture'],
  });
  const evaluationPath = join(out, 'evaluation.json');
  writeEvaluation(evaluationPath, evaluation);

  log('5. check the production sample for drift against the training data');
  const driftResult = await drift({ reference: trainCsv, current: join(data, 'production.csv'), exclude: ['id', TARGET] });
  const driftPath = join(out, 'drift.json');
  writeDrift(driftPath, driftResult);

  log('6. gate: default policy (ROC AUC must not drop significantly; dataset drift warns)');
  const report = await gate({
    evaluation: evaluationPath, drift: driftPath, title: `mlgate: ${MODEL}`, lookUpPolicy: false,
    baselineLabel: `production (v${fetched.version.version})`, candidateLabel: 'candidate',
  });
  const gatePath = join(out, 'gate.json');
  writeGateReport(gatePath, report);
  const commentPath = join(out, 'comment.md');
  writeFileAtomic(commentPath, report.markdown);
  return {
    report,
    files: { evaluation: evaluationPath, drift: driftPath, gate: gatePath, comment: commentPath, registry: store, production_predictions: productionPredictions },
  };
}
