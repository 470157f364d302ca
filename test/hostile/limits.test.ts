import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { gate } from '../../shared/commands/gate.js';
import { MAX_TEXT_BYTES } from '../../shared/adapters/data/table.js';
import { scratchFolder } from '../support/scratch.js';

// Every size is bounded: past a documented limit, a one-line input error (exit 2) up front.
describe('limits', () => {
  const { dir, file } = scratchFolder('mlgate-hostile-limits');

  it.each([
    ['--resamples over 100,000', ['evaluate', '--task', 'binary', '--predictions', file('p.csv', 'y_true,y_pred,y_score\n1,1,0.9\n0,0,0.1\n'), '--resamples', '100001'], /--resamples must be at most 100,000, got 100001$/m],
    ['nEstimators over 1,000', ['train', '--data', file('t.csv', 'x,y\n1,0\n2,1\n3,0\n4,1\n'), '--target', 'y', '--algorithm', 'random_forest', '--params', '{"nEstimators": 1001}', '--out', join(dir, 'never')], /nEstimators must be an integer from 1 to 1000, got 1001$/m],
    ['over 100 critical columns', ['drift', '--reference', file('r.csv', 'a\n1\n'), '--current', file('c.csv', 'a\n2\n'), '--critical-columns', Array.from({ length: 101 }, (_, i) => `c${i}`).join(',')], /--critical-columns names 101 columns, at most 100/],
  ])('%s', async (_, argv, message) => {
    const run = await cli(...argv);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a CSV larger than a string can hold is refused naming the file and its size', async () => {
    // A sparse file: its size is what matters, no disk is used.
    const path = join(dir, 'huge.csv');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_TEXT_BYTES + 1);
    closeSync(fd);
    const run = await cli('drift', '--reference', path, '--current', path);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`huge\\.csv: .*\\(${(MAX_TEXT_BYTES + 1).toLocaleString('en-US')} bytes\\) is larger than`));
  });

  it('fits the job summary under its byte budget as the comment is fitted', () => {
    const columns = Array.from({ length: 400 }, (_, i) => ({
      name: `é_column_${i}_${'ü'.repeat(40)}`, kind: 'numeric', method: 'ks', statistic: 0.9, p_value: 1e-9, adjusted_p_value: 1e-9, threshold: 0.05, drifted: true,
      missing: { reference: 0, current: 0 }, rows: { reference: 2, current: 2 },
    }));
    const drift = file('drift.json', JSON.stringify({
      reference: { source: 'r.csv', rows: 2 }, current: { source: 'c.csv', rows: 2 }, correction: 'bh', columns,
      share_drifted: 1, drift_share_threshold: 0.5, dataset_drifted: true, critical_columns_drifted: [],
      schema: { added: [], dropped: [], type_changed: [], missing_rate_changed: [], missing_rate_threshold: 0.1 }, not_compared: [],
    }));
    const unfitted = gate({ drift, title: 'mlgate' });
    const budget = 20_000;
    expect(Buffer.byteLength(unfitted.summary_markdown)).toBeGreaterThan(budget);
    const fitted = gate({ drift, title: 'mlgate', summaryBytes: budget });
    expect(Buffer.byteLength(fitted.summary_markdown)).toBeLessThanOrEqual(budget);
    expect(fitted.summary_markdown).toMatch(/report-markdown and report-json outputs/);
    expect(fitted.markdown).toBe(unfitted.markdown);
  });
});
