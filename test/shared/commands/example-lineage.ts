import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drift } from '../../../shared/commands/drift.js';
import { evaluate } from '../../../shared/commands/evaluate.js';
import { train } from '../../../shared/commands/train.js';
import { readEnvironment } from '../../../shared/adapters/environment.js';
import { buildLineage } from '../../../shared/commands/build-lineage.js';
import type { LineageRecord } from '../../../shared/core/lineage/record.js';

export const EXAMPLE = (name: string) => fileURLToPath(new URL(`../../../examples/breast-cancer/${name}`, import.meta.url));

/** A GitHub Actions pull request run, as the runner's environment describes it. */
export const ACTIONS_ENV: NodeJS.ProcessEnv = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo-org/churn',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_WORKFLOW_REF: 'octo-org/churn/.github/workflows/train.yml@refs/pull/7/merge',
  GITHUB_RUN_ID: '123456789',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_OS: 'Linux',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

export interface ExampleRun {
  lineage: LineageRecord;
  files: string[];
  data: string[];
  predictions: string;
}

/**
 * The breast-cancer example end to end, as `mlgate publish` would see it: a candidate
 * (logistic regression, C = 1) and a parent (C = 0.01) trained on train.csv and scored on
 * holdout.csv, the candidate evaluated against the parent, drift of production.csv against
 * holdout.csv, and the lineage of the candidate.
 */
export async function exampleRun(env: NodeJS.ProcessEnv = ACTIONS_ENV): Promise<ExampleRun> {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-lineage-'));
  const common = { data: EXAMPLE('train.csv'), target: 'malignant', algorithm: 'logistic_regression', test: EXAMPLE('holdout.csv') };
  const candidate = await train({ ...common, params: { C: 1 }, out: join(dir, 'candidate') });
  const parent = await train({ ...common, params: { C: 0.01 }, out: join(dir, 'parent') });
  const evaluation = await evaluate({ predictions: candidate.predictions_path!, baseline: parent.predictions_path!, task: 'binary', positiveLabel: '1', resamples: 200, seed: 1 });
  const driftReport = await drift({ reference: EXAMPLE('holdout.csv'), current: EXAMPLE('production.csv'), exclude: ['id', 'malignant'] });
  const files = [candidate.model_path, candidate.predictions_path!];
  const data = [EXAMPLE('train.csv'), EXAMPLE('holdout.csv')];
  const lineage = await buildLineage({
    model: 'team/breast-cancer', version: '1.1.0', files, data,
    parameters: candidate.params, evaluation, evaluationSet: candidate.predictions_path!, drift: driftReport,
    parent: { version: '1.0.0', verdict: 'pass' },
    command: 'mlgate train --data train.csv --target malignant --model logistic_regression',
    toolVersion: '0.1.0', tools: { python: '3.11.2' }, startedAt: '2025-01-31T12:00:00Z', environment: readEnvironment(env),
  });
  return { lineage, files, data, predictions: candidate.predictions_path! };
}
