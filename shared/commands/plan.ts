import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { RunEnvironment } from '../adapters/environment.js';
import { MANIFEST_FILE, parseModelManifest } from '../adapters/codecs/models-manifest.js';
import { changedSince } from '../adapters/process/git.js';
import { planModels, type ModelPlan } from '../core/models/plan.js';
import type { ModelManifest } from '../core/models/manifest.js';
import { escapeMarkdown } from '../render/escape.js';
import type { Door } from './options.js';
import { optionLabel } from './options.js';

/** GitHub refuses a workflow whose matrix makes more jobs than this. */
export const MATRIX_JOB_LIMIT = 256;

export interface PlanOptions {
  /** The branch the change will merge into; default `origin/$GITHUB_BASE_REF` in a pull request's run. */
  base?: string;
  /** The manifest, default `.mlgate.yml` in the current folder. */
  manifest?: string;
  cwd: string;
  environment: RunEnvironment;
  door: Door;
  log: { info(message: string): void; warning(message: string): void };
}

export interface PlanResult extends ModelPlan {
  base: string;
  merge_base: string;
  changed_files: number;
}

/**
 * Which models a pull request touches, as a job matrix: the files changed between the merge base
 * of the base branch and HEAD, matched against each model's `paths` in the manifest (every model
 * when the manifest itself changed).
 */
export async function planChangedModels(options: PlanOptions): Promise<PlanResult> {
  const base = options.base ?? (options.environment.baseRef ? `origin/${options.environment.baseRef}` : undefined);
  if (!base) {
    throw new InputError(`${optionLabel('base', options.door)} is required outside a pull request's run (there GITHUB_BASE_REF names the base branch): the branch the change will merge into, e.g. origin/main`);
  }
  const manifestPath = resolve(options.cwd, options.manifest ?? MANIFEST_FILE);
  const manifest = readModelManifest(manifestPath, options.manifest ?? MANIFEST_FILE);
  const change = await changedSince(base, options.cwd);
  // git prints the top folder with symbolic links resolved: so must the manifest's path be.
  const manifestInRepo = relative(change.root, realpathSync(manifestPath)).split(sep).join('/');
  const manifestChanged = change.files.includes(manifestInRepo);
  const plan = planModels(manifest.models, change.files, manifestChanged);
  const count = plan.matrix.include.length;
  options.log.info(`${change.files.length} files changed since ${change.mergeBase.slice(0, 12)} (merge base of ${base} and HEAD): `
    + (manifestChanged ? `${manifestInRepo} changed, so every model is planned (${count})` : `${count} of ${manifest.models.length} models touched`));
  for (const [model, files] of Object.entries(plan.touched)) options.log.info(`  ${model}: ${files.join(', ')}`);
  if (count > MATRIX_JOB_LIMIT) {
    options.log.warning(`${count} models planned: GitHub runs at most ${MATRIX_JOB_LIMIT} jobs per matrix and will refuse this one; split the models between several plan jobs (one manifest per folder, see the README)`);
  }
  return { ...plan, base, merge_base: change.mergeBase, changed_files: change.files.length };
}

export function readModelManifest(path: string, shown = path): ModelManifest {
  if (!existsSync(path)) throw new InputError(`${shown}: no model manifest here: list the models with their paths under \`models:\` (see "Many models in one repository" in the README)`);
  return parseModelManifest(readFileSync(path, 'utf8'), shown);
}

/** The job summary: how many models and which, with the files that touched each. */
export function planSummary(plan: PlanResult): string {
  const count = plan.matrix.include.length;
  const head = `### mlgate plan: ${count} ${count === 1 ? 'model' : 'models'}\n\n${plan.changed_files} files changed since the merge base of \`${plan.base}\` and HEAD (${plan.merge_base.slice(0, 12)})`
    + (plan.reason === 'manifest-changed' ? '; the manifest changed, so every model is planned.' : '.');
  const rows = plan.matrix.include.slice(0, SUMMARY_ROWS).map((entry) => `- **${escapeMarkdown(entry.model)}**${plan.touched[entry.model] ? `: ${plan.touched[entry.model].map((f) => `\`${f.replaceAll('`', "'")}\``).join(', ')}` : ''}`);
  const more = count > SUMMARY_ROWS ? [`- …and ${count - SUMMARY_ROWS} more`] : [];
  return [head, ...(rows.length > 0 ? [[...rows, ...more].join('\n')] : ['_No model is touched: the matrix job is skipped._'])].join('\n\n');
}

/** Models listed in the plan's job summary (the matrix output holds them all). */
const SUMMARY_ROWS = 1000;
