import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeEvaluation } from '../../../shared/adapters/codecs/evaluation-json.js';
import { LocalRegistry } from '../../../shared/adapters/registry/local-registry.js';
import type { EvaluationResult } from '../../../shared/core/metrics/index.js';
import { cli } from '../../support/cli.js';
import { findChromium, loadInChromium } from '../../support/chromium.js';
import { scratchFolder } from '../../support/scratch.js';
import { seededUniform } from '../../support/random.js';

/** A binary evaluation with its prediction diff and slices, made by `mlgate evaluate` on five regions. */
async function evaluationWithDiff(dir: string): Promise<string> {
  const uniform = seededUniform(5);
  const data = ['id,region'];
  const candidate = ['id,y_true,y_pred,y_score'];
  const baseline = ['id,y_true,y_pred,y_score'];
  ['north', 'south', 'east', 'west', '<b>centre</b>'].forEach((region) => {
    for (let k = 0; k < 80; k++) {
      const id = `${region}-${k}`;
      const truth = uniform() < 0.5 ? 1 : 0;
      const score = (right: boolean) => (right === (truth === 1) ? 0.5 + uniform() / 2 : uniform() / 2);
      const b = score(uniform() < 0.8);
      const c = score(uniform() < (region === 'north' ? 0.5 : 0.95));
      data.push(`${id},"${region}"`);
      baseline.push(`${id},${truth},${b >= 0.5 ? 1 : 0},${b}`);
      candidate.push(`${id},${truth},${c >= 0.5 ? 1 : 0},${c}`);
    }
  });
  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const output = join(dir, 'evaluation.json');
  const run = await cli('evaluate', '--task', 'binary', '--predictions', file('candidate.csv', candidate), '--baseline', file('baseline.csv', baseline),
    '--data', file('data.csv', data), '--slices', 'region', '--resamples', '200', '--output', output);
  expect(run.exitCode, run.stderr).toBe(0);
  return output;
}

const chromium = findChromium();

describe('mlgate gate --format html', () => {
  it('writes the verdict, the checks, the metrics, the trend chart, the prediction diff and the slices on one escaped page', async () => {
    const scratch = scratchFolder('mlgate-gate-html');
    const evaluation = await evaluationWithDiff(scratch.dir);
    const store = join(scratch.dir, 'registry');
    const registry = new LocalRegistry(store, undefined, { commit: () => null });
    const model = scratch.file('model.json', '{}');
    const published = (value: number): EvaluationResult => ({ task: 'binary', n: 100, metrics: { roc_auc: value }, intervals: { roc_auc: [value - 0.02, value + 0.02] } });
    for (const [version, value] of [['1.0.0', 0.9], ['1.1.0', 0.91]] as const) {
      await registry.publish({ model: 'churn', version, files: [{ path: model }], documents: { 'metrics.json': encodeEvaluation(published(value)) } });
    }
    const policy = scratch.file('policy.yml', 'metrics:\n  roc_auc: { max_drop: 0.05 }\nslices: { columns: [region], max_drop: 0.02 }\n');
    const page = join(scratch.dir, 'gate.html');
    const run = await cli('gate', '--evaluation', evaluation, '--policy', policy, '--model', 'churn', '--store', store, '--format', 'html', '--output', page, '--title', '<i>churn</i>');
    expect([0, 1]).toContain(run.exitCode);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('id="verdict"');
    expect(html).toContain('class="mlgate-trend"');
    expect(html).toContain('&lt;b&gt;centre&lt;/b&gt;');
    expect(html).not.toContain('<b>centre</b>');
    expect(html).not.toContain('<i>churn</i>');

    if (!chromium) return;
    const loaded = await loadInChromium(page);
    expect(loaded.errors).toEqual([]);
    // The trend chart rendered (an SVG in the DOM with its points), and the slice table is there.
    expect(loaded.dom.match(/<svg [^>]*class="mlgate-trend"/g)).toHaveLength(1);
    expect(loaded.dom).toContain('north');
  }, 180_000);
});
