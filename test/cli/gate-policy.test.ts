import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import gateSchema from '../../schemas/gate.schema.json' with { type: 'json' };
import { gate } from '../../shared/commands/gate.js';
import { currentEnvironment } from '../../shared/adapters/environment.js';
import { encodeEvaluation } from '../../shared/adapters/codecs/evaluation-json.js';
import { LocalRegistry } from '../../shared/adapters/registry/local-registry.js';
import type { EvaluationResult } from '../../shared/core/metrics/index.js';
import { cli } from '../support/cli.js';
import { scratchFolder } from '../support/scratch.js';

function evaluation(value: number, baseline: number, extra: object = {}): EvaluationResult & object {
  const delta = value - baseline;
  return {
    task: 'binary', n: 500, metrics: { roc_auc: value }, intervals: { roc_auc: [value - 0.02, value + 0.02] }, baseline_metrics: { roc_auc: baseline },
    comparison: { roc_auc: { delta, interval: [delta - 0.01, delta + 0.01], test: 'delong', p_value: 0.2 } }, ...extra,
  };
}

describe('gate: the policy file at the repository root', () => {
  it('reads .mlgate.yml from the git top level when no policy is given, and says so', async () => {
    const scratch = scratchFolder('mlgate-policy-root');
    execFileSync('git', ['init', '-q', scratch.dir]);
    mkdirSync(join(scratch.dir, 'sub', 'dir'), { recursive: true });
    const policyPath = scratch.file('.mlgate.yml', 'metrics:\n  roc_auc: { threshold: 0.95 }\n');
    const path = scratch.file('evaluation.json', encodeEvaluation(evaluation(0.9, 0.9)));
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`) };
    const environment = { ...currentEnvironment(), workspace: null };
    const report = await gate({ evaluation: path, cwd: join(scratch.dir, 'sub', 'dir'), environment, log });
    expect(report.verdict).toBe('fail');
    expect(report.checks[0].message).toBe('0.9 is below the required 0.95');
    expect(lines).toContain(`policy: ${execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: scratch.dir, encoding: 'utf8' }).trim()}/.mlgate.yml (found at the repository root)`);

    // The Actions workspace is the root when set; .mlgate.yaml is read too; both at once is refused.
    const workspace = scratchFolder('mlgate-policy-workspace');
    workspace.file('.mlgate.yaml', 'metrics:\n  roc_auc: { threshold: 0.5 }\n');
    expect((await gate({ evaluation: path, cwd: scratch.dir, environment: { ...environment, workspace: workspace.dir }, log })).verdict).toBe('pass');
    workspace.file('.mlgate.yml', 'metrics: {}\n');
    await expect(gate({ evaluation: path, cwd: scratch.dir, environment: { ...environment, workspace: workspace.dir }, log })).rejects.toThrow(/two policy files; keep one/);
    expect(policyPath).toBeTruthy();
  });

  it('falls back to the default policy without a file', async () => {
    const scratch = scratchFolder('mlgate-policy-none');
    const path = scratch.file('evaluation.json', encodeEvaluation(evaluation(0.9, 0.9)));
    const lines: string[] = [];
    const report = await gate({ evaluation: path, cwd: scratch.dir, environment: { ...currentEnvironment(), workspace: scratch.dir }, log: { info: (m) => lines.push(m), warning: () => undefined } });
    expect(Object.keys(report.policy.metrics)).toEqual(['roc_auc']);
    expect(lines).toEqual([]);
  });
});

describe('mlgate gate --model: the trend from the registry', () => {
  it('reads the last published versions\' metrics.json, draws the trend, and fails the third small drop past max_cumulative_drop', async () => {
    const scratch = scratchFolder('mlgate-trend');
    const store = join(scratch.dir, 'registry');
    const registry = new LocalRegistry(store, undefined, { commit: () => null });
    const model = scratch.file('model.json', '{}');
    for (const [version, value] of [['0.9.0', 0.95], ['1.0.0', 0.92], ['1.1.0', 0.915], ['1.2.0', 0.91]] as const) {
      await registry.publish({ model: 'churn', version, files: [{ path: model }], documents: { 'metrics.json': encodeEvaluation(evaluation(value, value)) } });
    }
    await registry.publish({ model: 'churn', version: '1.3.0', files: [{ path: model }] }); // no metrics.json: left out, with a warning
    const path = scratch.file('evaluation.json', encodeEvaluation(evaluation(0.905, 0.91)));
    const policy = scratch.file('policy.yml', 'metrics:\n  roc_auc: { max_drop: 0.01, max_cumulative_drop: 0.01 }\ntrend: { versions: 3 }\n');
    const output = join(scratch.dir, 'gate.json');

    const run = await cli('gate', '--evaluation', path, '--policy', policy, '--model', 'churn', '--store', store, '--format', 'json', '--output', output);
    expect(run.exitCode, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/churn@v1\.3\.0 has no metrics\.json \(published without --evaluation\): not in the trend/);
    const report = JSON.parse(readFileSync(output, 'utf8'));
    // Three versions that have metrics: 1.3.0 has none (skipped), 0.9.0 is four back.
    expect(report.trend).toEqual({ metric: 'roc_auc', direction: 'higher', points: [{ version: '1.0.0', value: 0.92 }, { version: '1.1.0', value: 0.915 }, { version: '1.2.0', value: 0.91 }], candidate: 0.905 });
    expect(report.checks.map((c: { rule?: string; status: string }) => [c.rule, c.status])).toEqual([
      ['metrics.roc_auc.max_drop', 'pass'], ['metrics.roc_auc.max_cumulative_drop', 'fail'], ['trend', 'warn'],
    ]);
    expect(report.markdown).toContain('```mermaid\nxychart-beta\n');
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(gateSchema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);

    // --trend-versions overrides the policy: one version back, the cumulative drop is within 0.01.
    const short = await cli('gate', '--evaluation', path, '--policy', policy, '--model', 'churn', '--store', store, '--trend-versions', '1', '--format', 'json');
    expect(short.exitCode, short.stderr).toBe(0);
    expect(JSON.parse(short.stdout).trend.points.map((p: { version: string }) => p.version)).toEqual(['1.2.0']);
  });

  it('refuses max_cumulative_drop without the model, and reads slices from the evaluation', async () => {
    const scratch = scratchFolder('mlgate-trend-refusal');
    const slices = [{ metric: 'roc_auc', column: 'region', value: 'south', n: 300, baseline: 0.9, candidate: 0.82, delta: -0.08, interval: [-0.12, -0.04], p_value: 0.0003, adjusted_p_value: 0.001, gated: true }];
    const path = scratch.file('evaluation.json', encodeEvaluation(evaluation(0.905, 0.91, { slices })));
    const cumulative = scratch.file('policy.yml', 'metrics:\n  roc_auc: { max_drop: 0.01, max_cumulative_drop: 0.01 }\n');
    const refused = await cli('gate', '--evaluation', path, '--policy', cumulative);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/`metrics\.roc_auc\.max_cumulative_drop` compares with the model's published versions: give the model \(--model/);

    const sliced = scratch.file('slices.yml', 'metrics:\n  roc_auc: { max_drop: 0.01 }\nslices: { columns: [region], max_drop: 0.02 }\n');
    const gated = await cli('gate', '--evaluation', path, '--policy', sliced, '--format', 'json');
    expect(gated.exitCode).toBe(1);
    const report = JSON.parse(gated.stdout);
    expect(report.slices).toMatchObject([{ value: 'south', status: 'regressed' }]);
    expect(new Ajv2020({ strict: true }).compile(gateSchema)(report)).toBe(true);

    const bad = scratch.file('bad.json', encodeEvaluation(evaluation(0.905, 0.91, { slices: [{ ...slices[0], delta: 'a lot' }] })));
    const misread = await cli('gate', '--evaluation', bad, '--policy', sliced);
    expect(misread.exitCode).toBe(2);
    expect(misread.stderr).toMatch(/`slices\[0\]\.delta`/);
  });
});
