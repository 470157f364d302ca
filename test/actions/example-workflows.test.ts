import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { ROOT } from '../support/run-action.js';

/*
 * GitHub's workflow parser checks a workflow's shape, not what a step passes to an action: a
 * misspelt or removed input is only a warning on the runner. These tests hold every mlgate step in
 * the example workflows and the README's quick start to the inputs its generated action.yml declares.
 */
type Step = { id?: string; uses?: string; with?: Record<string, unknown>; run?: string; if?: string; 'continue-on-error'?: boolean };
type Job = { steps: Step[]; needs?: string | string[]; if?: string; outputs?: Record<string, string>; strategy?: { matrix?: unknown; 'fail-fast'?: boolean } };
type Workflow = { jobs: Record<string, Job> };
type ActionFile = { inputs: Record<string, { required?: boolean; default?: unknown }> };

const actionOf = (uses: string | undefined) => /^(?:\.\/|mlgate\/mlgate\/)actions\/([a-z-]+)(?:@[\w.-]+)?$/.exec(uses ?? '')?.[1];
const inputs = (name: string) => (parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionFile).inputs;

function checkSteps(source: string, workflow: Workflow): number {
  let checked = 0;
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    for (const step of job.steps) {
      const name = actionOf(step.uses);
      if (!name) continue;
      const declared = inputs(name);
      for (const key of Object.keys(step.with ?? {})) expect(declared, `${source} ${jobName}: ${step.uses} has no input \`${key}\``).toHaveProperty([key]);
      for (const [key, input] of Object.entries(declared)) {
        if (input.required) expect(step.with ?? {}, `${source} ${jobName}: ${step.uses} needs \`${key}\``).toHaveProperty([key]);
      }
      checked++;
    }
  }
  return checked;
}

/** The fenced yaml block right under the README heading `heading`. */
function readmeBlock(heading: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(heading));
  const match = /```yaml\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n## ', 1)));
  if (!match) throw new Error(`README: no yaml block under ${heading}`);
  return match[1];
}

describe('example workflows pass only inputs their actions declare', () => {
  const folder = join(ROOT, '.github', 'workflows');
  it.each(readdirSync(folder).filter((f) => f.endsWith('.yml')))('%s', (file) => {
    checkSteps(file, parse(readFileSync(join(folder, file), 'utf8')) as Workflow);
  });

  it('the scikit-learn example runs its own command through train, then fetch → predict.py → evaluate → drift → gate', () => {
    const workflow = parse(readFileSync(join(folder, 'example-sklearn.yml'), 'utf8')) as Workflow;
    const steps = workflow.jobs.model.steps;
    const order = steps.map((s) => actionOf(s.uses) ?? (s.run?.includes('predict.py') ? 'predict.py' : s.run?.includes('scikit-learn') ? 'pip' : undefined)).filter(Boolean);
    expect(order).toEqual(['pip', 'train', 'fetch', 'predict.py', 'evaluate', 'drift', 'gate']);
    expect(steps.find((s) => actionOf(s.uses) === 'train')!.with).toMatchObject({ command: 'python3 examples/sklearn/train.py', params: 'examples/sklearn/params.yaml', metrics: 'examples/sklearn/metrics.json', outputs: 'examples/sklearn/model' });
  });
});

describe('the sharded drift example', () => {
  const text = readFileSync(join(ROOT, '.github', 'workflows', 'example-drift-shards.yml'), 'utf8');
  type Job = { needs?: string | string[]; strategy?: { matrix: Record<string, unknown[]> }; steps: Step[] };

  it('is a valid workflow: a reference profile, a matrix of shard profiles as artifacts, then merge → drift → gate', () => {
    const result = parseWorkflow({ name: 'example-drift-shards.yml', content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const jobs = (parse(text) as { jobs: Record<string, Job> }).jobs;
    expect(jobs.shard.strategy?.matrix.shard.length).toBeGreaterThan(1);
    const shardSteps = jobs.shard.steps;
    expect(shardSteps.find((s) => actionOf(s.uses) === 'profile')?.with).toHaveProperty('reference-profile');
    expect(shardSteps.some((s) => s.uses === 'actions/upload-artifact@v6')).toBe(true);
    const download = jobs.drift.steps.find((s) => s.uses === 'actions/download-artifact@v7' && s.with?.pattern);
    expect(download?.with).toMatchObject({ 'merge-multiple': true });
    expect(jobs.drift.steps.map((s) => actionOf(s.uses)).filter(Boolean)).toEqual(['profile', 'drift', 'gate']);
  });
});

describe('the many-models example', () => {
  const source = readFileSync(join(ROOT, '.github', 'workflows', 'example-many-models.yml'), 'utf8');
  const workflow = parse(source) as Workflow;

  it('is a valid workflow', () => {
    const result = parseWorkflow({ name: 'example-many-models.yml', content: source }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it('plans with the whole history, runs one job per planned model (skipped when none), then aggregates their gate.json into one comment', () => {
    const { plan, model, aggregate } = workflow.jobs;
    expect(plan.steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(plan.outputs).toEqual({ matrix: '${{ steps.plan.outputs.matrix }}', any: '${{ steps.plan.outputs.any }}' });
    expect(model.if).toBe("needs.plan.outputs.any == 'true'");
    expect(model.strategy).toMatchObject({ matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}', 'fail-fast': false });
    const gate = model.steps.find((s) => actionOf(s.uses) === 'gate')!;
    expect(gate.with).toMatchObject({ 'comment-key': '${{ matrix.model }}', comment: false });
    const upload = model.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with?.path).toBe('${{ steps.gate.outputs.report-json }}');
    expect(upload.if).toContain('!cancelled()');
    expect(aggregate.needs).toEqual(['plan', 'model']);
    expect(aggregate.if).toContain('!cancelled()');
    const download = aggregate.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    const final = aggregate.steps.find((s) => actionOf(s.uses) === 'gate')!;
    expect(final.with).toMatchObject({ aggregate: download.with?.path, planned: '${{ needs.plan.outputs.matrix }}' });
    expect(String(download.with?.pattern)).toBe(`${String(upload.with?.name).split('$')[0]}*`);
  });

  it('names, in its matrix entries, the inputs its manifest passes on', () => {
    const manifest = parse(readFileSync(join(ROOT, 'examples', 'many-models', '.mlgate.yml'), 'utf8')) as { models: { with: Record<string, string> }[] };
    const used = new Set([...source.matchAll(/matrix\.([a-z_-]+)/g)].map((m) => m[1]));
    for (const model of manifest.models) for (const key of Object.keys(model.with)) expect(used, key).toContain(key);
  });
});

describe('the README quick start', () => {
  const text = readmeBlock('## Quick start: a pull-request workflow');

  it('is a valid workflow as pasted', () => {
    const result = parseWorkflow({ name: 'model.yml', content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(checkSteps('README quick start', parse(text) as Workflow)).toBeGreaterThanOrEqual(5);
  });

  it('takes the production model from the registry as the baseline instead of training the base branch', () => {
    const steps = Object.values((parse(text) as Workflow).jobs).flatMap((job) => job.steps);
    const fetch = steps.find((s) => actionOf(s.uses) === 'fetch');
    expect(fetch?.with).toMatchObject({ stage: 'production' });
    expect(steps.filter((s) => actionOf(s.uses) === 'train')).toHaveLength(1);
    expect(text).not.toContain('base.sha');
    const evaluate = steps.find((s) => actionOf(s.uses) === 'evaluate')!;
    expect(String(evaluate.with?.baseline)).toContain(`steps.${fetch!.id}.outcome == 'success'`);
  });
});

describe('the retrain example', () => {
  const source = readFileSync(join(ROOT, '.github', 'workflows', 'example-retrain.yml'), 'utf8');
  const workflow = parse(source) as Workflow & { on: Record<string, unknown>; permissions: Record<string, string> };

  it('runs on a schedule and by hand, monitors, then trains → fetch → predict → evaluate → gate → propose, one job per model', () => {
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const job = workflow.jobs.retrain;
    expect(job.strategy).toMatchObject({ 'fail-fast': false });
    const steps = job.steps;
    expect(steps.map((s) => actionOf(s.uses)).filter(Boolean)).toEqual(['monitor', 'train', 'fetch', 'predict', 'evaluate', 'gate', 'propose']);
    const train = steps.find((s) => actionOf(s.uses) === 'train')!;
    const predict = steps.find((s) => actionOf(s.uses) === 'predict')!;
    // The candidate and the production model are scored on the same fresh holdout.
    expect(predict.with?.data).toBe(train.with?.test);
    const propose = steps.find((s) => actionOf(s.uses) === 'propose')!;
    expect(propose.with).toMatchObject({ model: '${{ matrix.model }}', report: '${{ steps.gate.outputs.report-markdown }}' });
    expect(propose.with).not.toHaveProperty('branch');
    expect(String(propose.with?.files)).toContain(`${String(train.with?.out)}/model.json`);
    expect(String(propose.with?.['github-token'])).toContain('steps.app-token.outputs.token');
    expect(steps.find((s) => actionOf(s.uses) === 'gate')?.with).toMatchObject({ comment: false, 'check-run': false });
    for (const step of steps.filter((s) => ['train', 'evaluate', 'gate', 'propose'].includes(actionOf(s.uses) ?? ''))) expect(step.if).toContain("steps.decide.outputs.retrain == 'true'");
  });
});
