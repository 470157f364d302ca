import { closeSync, openSync, ftruncateSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { pointCliAt } from '../support/cli-env.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { gate } from '../../shared/commands/gate.js';
import { SUMMARY_BUDGET_BYTES } from '../../shared/commands/summary-budget.js';
import { MAX_TEXT_BYTES } from '../../shared/adapters/data/table.js';
import { COMMENT_LIMIT } from '../../shared/adapters/github/sticky-comment.js';
import { CHECK_SUMMARY_LIMIT } from '../../shared/adapters/github/check-run.js';
import { scratchFolder } from '../support/scratch.js';
import { markupProblems } from './payloads.js';

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

  it('drift streams a CSV larger than a string can hold: no size refusal, the content is judged', async () => {
    // A sparse file: its size is what matters, no disk is used. It holds NUL bytes only, which
    // the streaming reader refuses from its first chunk (drift no longer reads a file as one string).
    const path = join(dir, 'huge.csv');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_TEXT_BYTES + 1);
    closeSync(fd);
    const run = await cli('drift', '--reference', path, '--current', path);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/huge\.csv: holds binary data \(NUL bytes\)/);
    expect(run.stderr).not.toMatch(/is larger than/);
  });

  it('fits the job summary under its byte budget as the comment is fitted', async () => {
    const columns = Array.from({ length: 400 }, (_, i) => ({
      name: `é_column_${i}_${'ü'.repeat(40)}`, kind: 'numeric', method: 'ks', statistic: 0.9, p_value: 1e-9, adjusted_p_value: 1e-9, threshold: 0.05, drifted: true,
      missing: { reference: 0, current: 0 }, rows: { reference: 2, current: 2 },
    }));
    const drift = file('drift.json', JSON.stringify({
      reference: { source: 'r.csv', rows: 2 }, current: { source: 'c.csv', rows: 2 }, correction: 'bh', columns,
      share_drifted: 1, drift_share_threshold: 0.5, dataset_drifted: true, critical_columns_drifted: [],
      schema: { added: [], dropped: [], type_changed: [], missing_rate_changed: [], missing_rate_threshold: 0.1 }, not_compared: [],
    }));
    const unfitted = await gate({ drift, title: 'mlgate', lookUpPolicy: false });
    const budget = 20_000;
    expect(Buffer.byteLength(unfitted.summary_markdown)).toBeGreaterThan(budget);
    const fitted = await gate({ drift, title: 'mlgate', summaryBytes: budget, lookUpPolicy: false });
    expect(Buffer.byteLength(fitted.summary_markdown)).toBeLessThanOrEqual(budget);
    expect(fitted.summary_markdown).toMatch(/report-markdown and report-json outputs/);
    expect(fitted.markdown).toBe(unfitted.markdown);
  });
});

/** A column name of 256 characters that escaping lengthens (`<` → `&lt;`, `|` → `\\|`) and UTF-8 widens (`é`). */
const longName = (i: number) => `${String(i).padStart(5, '0')}_${'é<|'.repeat(90)}`.slice(0, 256);

/**
 * A well-formed drift.json at the schema's bounds: `n` drifted columns, every one critical, added
 * to the schema and carrying a note, so every list of the report is thousands long.
 */
function wideDrift(n: number): string {
  const columns = Array.from({ length: n }, (_, i) => ({
    name: longName(i), kind: 'numeric', method: 'ks', statistic: 0.5, p_value: 1e-9 * (i + 1), adjusted_p_value: 1e-9 * (i + 1), threshold: 0.05, drifted: true,
    missing: { reference: 0, current: 0 }, rows: { reference: 2, current: 2 }, note: `a note on column ${i}`,
  }));
  return JSON.stringify({
    reference: { source: 'r.csv', rows: 2 }, current: { source: 'c.csv', rows: 2 }, correction: 'bh', columns,
    share_drifted: 1, drift_share_threshold: 0.5, dataset_drifted: true, critical_columns_drifted: columns.map((c) => c.name),
    schema: { added: columns.map((c) => `new_${c.name}`.slice(0, 256)), dropped: [], type_changed: [], missing_rate_changed: [], missing_rate_threshold: 0.1 },
    not_compared: [],
  });
}

// Thousands of drifted, critical, added columns with long names: the gate still posts, and every
// body it posts fits GitHub's limit whole (balanced <details>, no half row), keeping the verdict,
// the failing rules and the worst columns; the full report stays in the report files.
describe('the gate on a drift report at the schema\'s bounds', () => {
  const { dir, file } = scratchFolder('mlgate-hostile-wide-gate');
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
    emulator.state.addPullRequest({ number: 3, head: { sha: '4'.repeat(40), ref: 'f' }, base: { sha: '5'.repeat(40), ref: 'main' } });
    pointCliAt(emulator, 'ghs_actions');
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('posts a comment and a check run within GitHub\'s limits for 10,000 drifted columns', async () => {
    const drift = file('drift.json', wideDrift(10_000));
    // Twelve policy columns fail: failing rules are kept whatever else is left out.
    const failing = Array.from({ length: 12 }, (_, i) => longName(9_988 + i));
    const policy = file('policy.yml', `drift:\n  dataset: warn\n  columns:\n${failing.map((name) => `    ${JSON.stringify(name)}: fail\n`).join('')}`);
    const run = await cli('gate', '--drift', drift, '--policy', policy, '--comment', '--check-run', '--pull-request', '3', '--format', 'json', '--output', join(dir, 'gate.json'));
    expect(run.exitCode, run.stderr).toBe(1);
    // The failure is one line naming ten failing checks, not a list of thousands of names.
    const failure = run.stderr.split('\n').find((line) => line.includes('verdict fail'))!;
    expect(failure).toMatch(/; 2 more failing checks \(see the report\)$/);
    expect(failure.length).toBeLessThan(20_000);
    const [comment] = emulator.state.comments.get(3)!;
    const check = emulator.state.checkRuns.at(-1)!;
    for (const [body, limit] of [[comment.body, COMMENT_LIMIT], [check.output!.summary!, CHECK_SUMMARY_LIMIT]] as const) {
      expect(body.length).toBeLessThanOrEqual(limit);
      expect(markupProblems(body)).toEqual([]);
      expect(body).toContain('## ❌ mlgate: fail');
      expect(body.match(/- ❌ \*\*09998\\_é/g)).toHaveLength(1);
      expect(body.match(/- ❌ \*\*09999\\_é/g)).toHaveLength(1);
      // The worst drifted column first, whole rows only, and a line saying what was left out.
      expect(body).toMatch(/\| :-- \| :-- \| :-- \| --: \| --: \| --: \| :-- \|\n\| 00000\\_é/);
      for (const row of body.split('\n').filter((line) => line.startsWith('| 0'))) expect(row.split(/(?<!\\)\|/)).toHaveLength(9);
      expect(body).toMatch(/_…and \d+ more drifted columns, left out to fit GitHub's comment limit: the full report is in /);
    }
    // The report files keep every column.
    const report = JSON.parse(readFileSync(join(dir, 'gate.json'), 'utf8')) as { markdown: string };
    expect(report.markdown).toContain(longName(9_999).replaceAll('<', '&lt;').replaceAll('|', '\\|').replaceAll('_', '\\_'));
    expect(readFileSync(join(dir, 'gate.md'), 'utf8')).toBe(report.markdown);
  }, 120_000);

  it.each([2_000])('fits the job summary of %i drifted columns under 1 MiB of UTF-8', async (n) => {
    const result = await gate({ lookUpPolicy: false, drift: file(`drift-${n}.json`, wideDrift(n)), title: 'mlgate', summaryBytes: SUMMARY_BUDGET_BYTES, commentLimit: COMMENT_LIMIT - 512 });
    expect(Buffer.byteLength(result.markdown)).toBeGreaterThan(SUMMARY_BUDGET_BYTES);
    expect(Buffer.byteLength(result.summary_markdown)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(result.comment_markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT - 512);
    for (const body of [result.summary_markdown, result.comment_markdown]) {
      expect(markupProblems(body)).toEqual([]);
      expect(body).toMatch(/more drifted columns, left out to fit GitHub's (job summary|comment) limit/);
      expect(body).toMatch(/more schema changes/);
    }
    // Check messages name ten columns, not thousands (the log prints them as warnings).
    expect(result.checks.find((c) => c.subject === 'dataset')!.message).toMatch(new RegExp(`and ${(n - 10).toLocaleString('en-US')} more \\(see the drift report\\)$`));
  }, 60_000);
});

describe('mlgate drift on 5,000 drifting columns', () => {
  const { dir, file } = scratchFolder('mlgate-hostile-wide-drift');

  it('fits the markdown report under 1 MiB; the HTML and JSON reports keep every column', async () => {
    const names = Array.from({ length: 5_000 }, (_, i) => longName(i).replaceAll('|', 'l').replaceAll('<', 'v'));
    const csv = (offset: number) => [names.map((n) => `"${n}"`).join(','), ...Array.from({ length: 10 }, (_, r) => names.map(() => String(r + offset)).join(','))].join('\n');
    const reference = file('reference.csv', csv(0));
    const current = file('current.csv', csv(100));
    const markdown = await cli('drift', '--reference', reference, '--current', current, '--format', 'markdown', '--output', join(dir, 'drift.md'));
    expect(markdown.exitCode, markdown.stderr).toBe(0);
    const text = readFileSync(join(dir, 'drift.md'), 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(markupProblems(text)).toEqual([]);
    expect(text).toMatch(/^### Data drift\n\n\*\*5000 of 5000 columns drifted\*\*/);
    expect(text).toMatch(/_…and \d+ more drifted columns, left out to fit GitHub's job summary limit: the full report is in the drift JSON/);
    const html = await cli('drift', '--reference', reference, '--current', current, '--format', 'html', '--output', join(dir, 'drift.html'));
    expect(html.exitCode, html.stderr).toBe(0);
    expect(readFileSync(join(dir, 'drift.html'), 'utf8').match(/<tr class="drifted">/g)).toHaveLength(5_000);
  }, 120_000);
});

describe('train on wide tables', () => {
  const { dir, file } = scratchFolder('mlgate-hostile-wide-train');
  /** `rows` × `columns` numeric features and a binary target that depends on the first two. */
  const wide = (rows: number, columns: number) => {
    let seed = 7;
    const next = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647 - 0.5;
    const lines = [[...Array.from({ length: columns }, (_, j) => `x${j}`), 'y'].join(',')];
    for (let r = 0; r < rows; r++) {
      const values = Array.from({ length: columns }, () => next().toFixed(3));
      lines.push([...values, Number(values[0]) + Number(values[1]) + next() > 0 ? 1 : 0].join(','));
    }
    return `${lines.join('\n')}\n`;
  };

  // Newton's method built a 2,001 × 2,001 Hessian per iteration here: minutes; L-BFGS takes well under a second of fitting.
  it('fits logistic regression on 2,000 columns by L-BFGS', async () => {
    const run = await cli('train', '--data', file('wide.csv', wide(100, 2_000)), '--target', 'y', '--out', join(dir, 'lr'));
    expect(run.exitCode, run.stderr).toBe(0);
    const model = JSON.parse(readFileSync(join(dir, 'lr', 'model.json'), 'utf8')) as { state: { weights: number[][] } };
    expect(model.state.weights[0]).toHaveLength(2_001);
  }, 60_000);

  it('refuses a forest past its work limit before the first tree, naming the numbers', async () => {
    const run = await cli('train', '--data', file('forest.csv', wide(200, 2_000)), '--target', 'y', '--algorithm', 'random_forest', '--params', '{"nEstimators": 1000}', '--out', join(dir, 'rf'));
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/random_forest: 200 rows × 1,000 features tried per split \(maxFeatures 0\.5 of 2,000 model inputs\) × 8 levels × 1,000 trees is 1,600,000,000 split evaluations, over the limit of 1,000,000,000 .*\{"maxFeatures": 0\.31\}/);
  }, 60_000);
});
