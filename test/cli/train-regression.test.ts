import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { scratchFolder } from '../support/scratch.js';
import { seededNormal } from '../support/random.js';

/** House prices: price = 50·rooms + 2·area − 30·age/10 + noise, a continuous target with ids. */
function houses(rows: number, seed: number): string {
  const next = seededNormal(seed);
  const lines = Array.from({ length: rows }, (_, i) => {
    const rooms = 2 + Math.round(Math.abs(next()) * 2);
    const area = 60 + 20 * next();
    const age = 30 + 10 * next();
    const district = ['north', 'south', 'east'][i % 3];
    const price = 50 * rooms + 2 * area - 3 * age + (district === 'north' ? 40 : 0) + 5 * next();
    return `${seed * 10_000 + i},${rooms},${area.toFixed(2)},${age.toFixed(1)},${district},${price.toFixed(2)}`;
  });
  return `id,rooms,area,age,district,price\n${lines.join('\n')}\n`;
}

describe('mlgate train --task regression', () => {
  it('fits ridge_regression, writes y_pred as the number, and evaluate scores it as regression', async () => {
    const { dir, file } = scratchFolder('mlgate-regression');
    const train = file('train.csv', houses(200, 1));
    const test = file('test.csv', houses(60, 2));
    const trained = await cli('train', '--data', train, '--target', 'price', '--task', 'regression', '--params', '{"alpha": 0.5}', '--test', test, '--out', join(dir, 'model'));
    expect(trained.exitCode, trained.stderr).toBe(0);
    expect(trained.stderr).toContain('trained ridge_regression on 200 rows (regression)');
    const result = JSON.parse(trained.stdout) as { task: string; classes: string[]; params: Record<string, unknown>; predictions_path: string };
    expect(result).toMatchObject({ task: 'regression', classes: [], params: { algorithm: 'ridge_regression', alpha: 0.5 } });

    const csv = readFileSync(result.predictions_path, 'utf8').trim().split('\n');
    expect(csv[0]).toBe('id,y_true,y_pred');
    expect(csv).toHaveLength(61);
    const [id, truth, predicted] = csv[1].split(',');
    expect(id).toBe('20000');
    expect(Math.abs(Number(predicted) - Number(truth))).toBeLessThan(30);
    expect(JSON.parse(readFileSync(join(dir, 'model', 'predictions.json'), 'utf8'))).toEqual({ task: 'regression', positive_label: null, classes: [], score_columns: {} });

    // The production model fetched from a registry scores rows the same way.
    const scored = await cli('predict', '--model-file', join(dir, 'model', 'model.json'), '--data', test, '--out', join(dir, 'scored'));
    expect(scored.exitCode, scored.stderr).toBe(0);
    expect(readFileSync(join(dir, 'scored', 'predictions.csv'), 'utf8')).toBe(readFileSync(result.predictions_path, 'utf8'));

    const evaluated = await cli('evaluate', '--predictions', result.predictions_path, '--task', 'regression', '--resamples', '200');
    expect(evaluated.exitCode, evaluated.stderr).toBe(0);
    const metrics = (JSON.parse(evaluated.stdout) as { metrics: Record<string, number> }).metrics;
    expect(metrics.r2).toBeGreaterThan(0.9);
    expect(metrics.rmse).toBeLessThan(10);

    const wrongTask = await cli('evaluate', '--predictions', result.predictions_path, '--task', 'binary');
    expect(wrongTask.exitCode).toBe(2);
    expect(wrongTask.stderr).toContain('says these are regression predictions, but the task is binary');
  });

  it('refuses task regression with a classifier, and a text target, before writing anything', async () => {
    const { dir, file } = scratchFolder('mlgate-regression-bad');
    const train = file('train.csv', houses(50, 3));
    const classifier = await cli('train', '--data', train, '--target', 'price', '--task', 'regression', '--algorithm', 'random_forest', '--out', join(dir, 'a'));
    expect(classifier.exitCode).toBe(2);
    expect(classifier.stderr).toContain('random_forest is a classifier: task regression needs ridge_regression');
    const text = await cli('train', '--data', train, '--target', 'district', '--algorithm', 'ridge_regression', '--out', join(dir, 'b'));
    expect(text.exitCode).toBe(2);
    expect(text.stderr).toMatch(/train\.csv: target `district` line 2: `\w+` is not a finite number/);
    expect(existsSync(join(dir, 'a'))).toBe(false);
    expect(existsSync(join(dir, 'b'))).toBe(false);
  });

  it('still refuses a continuous target for the default classifier, pointing at task regression', async () => {
    const { dir, file } = scratchFolder('mlgate-regression-auto');
    const refused = await cli('train', '--data', file('train.csv', houses(100, 4)), '--target', 'price', '--out', join(dir, 'm'));
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('this is a regression task: pass task `regression` to fit ridge_regression');
  });
});
