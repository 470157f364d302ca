import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAction } from '../support/run-action.js';

// The committed bundles, as the runner runs them: evaluate reads the Trainer's results files, the gate judges them by threshold.
const action = (name: string) => join(ROOT, 'actions', name, 'action.yml');

describe('bundled evaluate and gate actions on metrics files', () => {
  it('evaluate → gate with metrics and baseline-metrics, the summary saying there are no intervals', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlgate-workspace-'));
    cpSync(join(ROOT, 'test', 'fixtures', 'metrics-files', 'huggingface'), join(workspace, 'out'), { recursive: true });
    const evaluation = await runAction(action('evaluate'), { metrics: 'out/all_results.json', 'baseline-metrics': 'out/eval_results.json', task: 'binary' }, { workspace });
    expect(evaluation.exitCode, evaluation.stdout).toBe(0);
    expect(JSON.parse(evaluation.outputs.metrics)).toMatchObject({ eval_accuracy: 0.9128440366972477 });
    expect(evaluation.summary).toContain('_No intervals: read from out/all\\_results.json (Hugging Face Trainer)');
    expect(evaluation.summary).toMatch(/\| train\\_loss +\| +— \| +0\.213 \| +— \| +\*\*new\*\* +\|/);

    writeFileSync(join(workspace, 'policy.yml'), 'metrics:\n  eval_accuracy: { max_drop: 0.005, threshold: 0.9 }\n  eval_loss: { max_drop: 0.01 }\n');
    const gate = await runAction(action('gate'), { evaluation: evaluation.outputs['evaluation-json'], policy: 'policy.yml', comment: 'false', 'check-run': 'false' }, { workspace });
    expect(gate.exitCode, gate.stdout).toBe(0);
    expect(gate.outputs.verdict).toBe('pass');
    expect(gate.summary).toContain('✅ **eval\\_loss** (metric): 0.2736; Δ -0.0175 (0.2911 → 0.2736) is within the tolerated drop of 0.01 (no intervals: metrics read from files are compared by threshold only)');
  });
});
