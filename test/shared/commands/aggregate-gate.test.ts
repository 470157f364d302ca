import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../shared/adapters/environment.js';
import { encodeGateReport } from '../../../shared/adapters/codecs/gate-json.js';
import { aggregateOutcome, readModelGates, runAggregateGate } from '../../../shared/commands/aggregate-gate.js';
import type { GateReport, Verdict } from '../../../shared/core/gate/gate.js';
import { defaultPolicy } from '../../../shared/core/gate/policy.js';

const silent = { info: () => {}, warning: () => {} };

function report(model: string | undefined, verdict: Verdict): string {
  const value: GateReport = {
    verdict, checks: [{ subject: 'roc_auc', kind: 'metric', status: verdict, message: 'm' }], policy: defaultPolicy('binary'), markdown: '', comment_markdown: '',
    ...(model ? { model } : {}),
    headline: { metric: 'roc_auc', baseline: 0.9, candidate: 0.8, delta: -0.1, interval: [-0.2, -0.05], drift_share: 0, dataset_drifted: false },
  };
  return encodeGateReport(value);
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-aggregate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const run = (dir: string, manifest?: string, planned?: string) => runAggregateGate({
  folder: dir, manifest, planned, title: 'mlgate', comment: false, checkRun: false, checkName: 'mlgate', token: undefined, environment: readEnvironment({}), log: silent,
});

describe('gate --aggregate reading the per-model reports', () => {
  it('reads one gate.json per model from the artifacts\' folders, at any depth, ignoring other files', () => {
    const dir = folder({ 'gate-churn/gate.json': report('churn', 'pass'), 'gate-fraud/gate.json': report('team/fraud', 'fail'), 'gate-fraud/gate.md': '# not read' });
    expect(readModelGates(dir, new Map(), silent).map((g) => [g.model, g.verdict, g.source])).toEqual([['churn', 'pass', join('gate-churn', 'gate.json')], ['team/fraud', 'fail', join('gate-fraud', 'gate.json')]]);
  });

  it('refuses an empty folder, a JSON file that is not a gate report, a report without a model, and two reports of one model, naming the files', () => {
    expect(() => readModelGates(folder({ 'notes.txt': 'x' }), new Map(), silent)).toThrow(/: no gate reports \(\*\.json\) in this folder/);
    expect(() => readModelGates(join(tmpdir(), 'no-such-folder-mlgate'), new Map(), silent)).toThrow(/no-such-folder-mlgate: no such folder/);
    const other = folder({ 'a/gate.json': report('churn', 'pass'), 'b/evaluation.json': JSON.stringify({ task: 'binary', metrics: {} }) });
    expect(() => readModelGates(other, new Map(), silent)).toThrow(new RegExp(`^${join(other, 'b', 'evaluation.json')}: .*verdict`));
    const nameless = folder({ 'a/gate.json': report(undefined, 'pass') });
    expect(() => readModelGates(nameless, new Map(), silent)).toThrow(`${join(nameless, 'a', 'gate.json')}: this gate report names no model: run each model's gate with \`model\` (or \`comment-key\`) set to the model's name`);
    const twice = folder({ 'a/gate.json': report('churn', 'pass'), 'b/gate.json': report('churn', 'fail') });
    expect(() => readModelGates(twice, new Map(), silent)).toThrow(`${join(twice, 'a', 'gate.json')} and ${join(twice, 'b', 'gate.json')} are both reports of model \`churn\``);
    expect(() => readModelGates(folder({ 'x.json': '{"verdict": ' }), new Map(), silent)).toThrow(/x\.json: /);
  });

  it('fails when a blocking model fails, naming it; a model the manifest marks blocking: false only warns', async () => {
    const dir = folder({ 'a/gate.json': report('churn', 'fail'), 'b/gate.json': report('fraud', 'pass'), 'c/gate.json': report('ranker', 'warn') });
    const failing = aggregateOutcome(await run(dir), { format: 'json' });
    expect(failing.outputs?.verdict).toBe('fail');
    expect(failing.failure).toBe('1 blocking model fails: churn');
    expect(JSON.parse(failing.document!).models.map((m: { model: string }) => m.model)).toEqual(['churn', 'ranker', 'fraud']);
    const manifest = join(folder({ 'm.yml': 'models:\n  - name: churn\n    paths: [a/**]\n    blocking: false\n  - name: fraud\n    paths: [b/**]\n' }), 'm.yml');
    const warned = aggregateOutcome(await run(dir, manifest), { format: 'markdown' });
    expect(warned.outputs?.verdict).toBe('warn');
    expect(warned.failure).toBeUndefined();
    expect(warned.document).toContain('| ❌ | churn | fail (not blocking) |');
  });

  it('lists a planned model without a report as failing (its job did not get to its gate), and reads an empty folder then', async () => {
    const dir = folder({ 'a/gate.json': report('churn', 'pass') });
    const planned = JSON.stringify({ include: [{ model: 'churn' }, { model: 'fraud', data: 'x.csv' }] });
    const outcome = aggregateOutcome(await run(dir, undefined, planned), { format: 'markdown' });
    expect(outcome.failure).toBe('1 blocking model fails: fraud');
    expect(outcome.document).toContain('| ❌ | fraud | fail (no report) | — | — | — |');
    expect(outcome.document).toContain("no gate report: the model's job did not get to its gate");
    const none = aggregateOutcome(await run(join(tmpdir(), 'no-such-folder-mlgate'), undefined, planned), { format: 'json' });
    expect(JSON.parse(none.document!).blocking_failures).toEqual(['churn', 'fraud']);
    await expect(run(dir, undefined, '{"matrix": 1}')).rejects.toThrow(/planned: expected the plan's matrix/);
  });
});
