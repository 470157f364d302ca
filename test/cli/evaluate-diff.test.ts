import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { scratchFolder } from '../support/scratch.js';
import { seededUniform } from '../support/random.js';
import { markupProblems } from '../hostile/payloads.js';

/**
 * Files of a binary model on five regions of 120 rows: the baseline is right with probability
 * 0.8 everywhere, the candidate 0.95, except in `north` (0.5): better overall, worse there.
 */
function files(prefix: string) {
  const scratch = scratchFolder(prefix);
  const uniform = seededUniform(11);
  const data = ['id,region,income'];
  const candidate = ['id,y_true,y_pred'];
  const baseline = ['id,y_true,y_pred'];
  ['north', 'south', 'east', 'west', 'centre'].forEach((region, r) => {
    for (let k = 0; k < 120; k++) {
      const id = `${region}-${k}`;
      const truth = uniform() < 0.5 ? 1 : 0;
      // Income does not follow the region: each region spans every income bin.
      data.push(`${id},${region},${((k * 7) % 120) * 10 + r}`);
      baseline.push(`${id},${truth},${uniform() < 0.8 ? truth : 1 - truth}`);
      candidate.push(`${id},${truth},${uniform() < (region === 'north' ? 0.5 : 0.95) ? truth : 1 - truth}`);
    }
  });
  // Rows in another order in each file: the join is by id.
  return {
    scratch,
    data: scratch.file('data.csv', `${[data[0], ...data.slice(1).reverse()].join('\n')}\n`),
    candidate: scratch.file('candidate.csv', `${candidate.join('\n')}\n`),
    baseline: scratch.file('baseline.csv', `${[baseline[0], ...baseline.slice(1).reverse()].join('\n')}\n`),
  };
}

describe('mlgate evaluate --data --slices', () => {
  it('writes the prediction diff and the slices, the worse slice first with its interval, in JSON, markdown and HTML', async () => {
    const f = files('mlgate-diff');
    const output = join(f.scratch.dir, 'evaluation.json');
    const base = ['evaluate', '--task', 'binary', '--predictions', f.candidate, '--baseline', f.baseline, '--data', f.data, '--slices', 'region,income'];
    const run = await cli(...base, '--output', output);
    expect(run.exitCode, run.stderr).toBe(0);
    const evaluation = JSON.parse(readFileSync(output, 'utf8'));
    expect(evaluation.metrics.accuracy).toBeGreaterThan(evaluation.baseline_metrics.accuracy);
    expect(evaluation.prediction_diff).toMatchObject({ rows: 600 });
    const { changed, fixed, broken, other } = evaluation.prediction_diff;
    expect(changed).toBe(fixed + broken + other);
    expect(other).toBe(0);
    expect(evaluation.prediction_diff.top).toHaveLength(20);
    expect(Object.keys(evaluation.prediction_diff.top[0].features)).toEqual(['region', 'income']);
    const [first] = evaluation.slices;
    expect(first).toMatchObject({ metric: 'accuracy', column: 'region', value: 'north', n: 120, gated: true });
    expect(first.adjusted_p_value).toBeLessThan(0.05);
    expect(first.interval[1]).toBeLessThan(0);
    const income = evaluation.slices.filter((s: { column: string }) => s.column === 'income');
    expect(income.map((s: { value: string }) => s.value).sort()).toEqual(['(234, 474]', '(474, 714]', '(714, 954]', '(954, 1194]', '[0, 234]']);
    for (const s of income) expect(s.adjusted_p_value < 0.05 && s.delta < 0).toBe(false);
    expect(evaluation.notes).toContain('slices: compared by accuracy, because roc_auc (the primary metric) is not computed for these predictions');

    const markdown = await cli(...base, '--format', 'markdown');
    expect(markdown.exitCode, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain(`**${changed} of 600 rows changed**: ${fixed} fixed, ${broken} broken, 0 other.`);
    expect(markdown.stdout).toMatch(/### Slices\n\n\*\*1 of 10 slice results significantly worse\*\*, the worst: region = north \(accuracy -0\.\d+, 95% CI \[-0\.\d+, -0\.\d+\]\)\./);
    expect(markdown.stdout).toContain('<details><summary>The 20 rows whose prediction changed most</summary>');

    const html = await cli(...base, '--format', 'html');
    expect(html.exitCode, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<table id="slices">');
    expect(html.stdout).toMatch(/<tr class="worse"><td>accuracy<\/td><td>region<\/td><td>north<\/td>/);
    expect(html.stdout).not.toMatch(/https?:\/\//);
  });

  it('refuses evaluation data that does not hold the same rows, duplicated ids, and options without what they need', async () => {
    const f = files('mlgate-diff-bad');
    const run = (...argv: string[]) => cli('evaluate', '--task', 'binary', '--predictions', f.candidate, ...argv);
    const lines = readFileSync(f.data, 'utf8').trimEnd().split('\n');
    const missing = f.scratch.file('missing.csv', `${lines.filter((l) => !l.startsWith('north-7,')).join('\n')}\n`);
    let result = await run('--baseline', f.baseline, '--data', missing, '--slices', 'region');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('the evaluation data and');
    expect(result.stderr).toContain('1 predicted rows have no data row: `north-7`');
    const duplicated = f.scratch.file('duplicated.csv', `${[...lines, lines[5], lines[9]].join('\n')}\n`);
    result = await run('--baseline', f.baseline, '--data', duplicated, '--slices', 'region');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`ids appear more than once in column \`id\`: \`${lines[5].split(',')[0]}\`, \`${lines[9].split(',')[0]}\``);
    result = await run('--baseline', f.baseline, '--slices', 'region');
    expect(result.stderr).toContain('--slices name columns of the evaluation data: give --data');
    result = await run('--data', f.data);
    expect(result.stderr).toContain('--data compare the candidate with the baseline: give --baseline');
    result = await run('--baseline', f.baseline, '--data', f.data, '--slices', 'regoin');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('no column `regoin`');
    const noIds = f.scratch.file('no-ids.csv', 'y_true,y_pred\n1,1\n0,0\n');
    result = await cli('evaluate', '--task', 'binary', '--predictions', noIds, '--baseline', noIds, '--data', f.data, '--slices', 'region');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('no id column `id`; the evaluation data');
  });

  it('keeps hostile ids and feature values inert in the biggest-changes table', async () => {
    const scratch = scratchFolder('mlgate-diff-hostile');
    const hostile = ['<img src=x onerror=alert(1)>', 'pipe|cell', '`code` span', '@octocat', '<!-- open', '</details>'];
    const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const data = ['id,note', ...hostile.map((h, i) => `${q(`${h} ${i}`)},${q(h)}`)];
    const candidate = ['id,y_true,y_pred', ...hostile.map((h, i) => `${q(`${h} ${i}`)},1,${i % 2}`)];
    const baseline = ['id,y_true,y_pred', ...hostile.map((h, i) => `${q(`${h} ${i}`)},1,${1 - (i % 2)}`)];
    const argv = ['evaluate', '--task', 'binary', '--predictions', scratch.file('c.csv', candidate.join('\n')), '--baseline', scratch.file('b.csv', baseline.join('\n')),
      '--data', scratch.file('d.csv', data.join('\n')), '--diff-columns', 'note', '--resamples', '50'];
    const markdown = await cli(...argv, '--format', 'markdown');
    expect(markdown.exitCode, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain('**6 of 6 rows changed**: 3 fixed, 3 broken, 0 other.');
    expect(markupProblems(markdown.stdout)).toEqual([]);
    expect(markdown.stdout).not.toContain('<!--');
    expect(markdown.stdout).toContain('\\`code\\` span');
    const html = await cli(...argv, '--format', 'html');
    expect(html.stdout).not.toMatch(/<img|<!-- open/);
    expect(html.stdout.match(/<\/details>/g)).toHaveLength(1); // its own fold only
    expect(html.stdout).toContain('&lt;/details&gt;');
    expect(html.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
