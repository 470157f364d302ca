import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../shared/commands/evaluate.js';
import { train } from '../../../../shared/commands/train.js';
import { parseCsvTable } from '../../../../shared/adapters/data/table.js';
import { sortLabels } from '../../../../shared/core/metrics/labels.js';
import { trainModel } from '../../../../shared/core/train/model.js';

/** Rows of one numeric feature that separates the classes, the labels in the order given. */
function csv(labels: string[], repeat = 4): string {
  const rows = labels.flatMap((label, k) => Array.from({ length: repeat }, (_, i) => `${k * 10 + i * 0.5},${label}`));
  return `x,y\n${rows.join('\n')}\n`;
}

describe('class order', () => {
  const cases: [string, string[]][] = [
    ['numeric', ['10', '2', '-1', '1.5']],
    ['text', ['b', 'B', 'a', 'é']],
    ['mixed numbers and text', ['10', '9', '5a']],
    ['mixed, another order', ['5a', '10', '9']],
    ['mixed, a third order', ['9', '5a', '10']],
  ];

  it.each(cases)('train orders %s labels as evaluate does', (_what, labels) => {
    const model = trainModel({ table: parseCsvTable(csv(labels), 'train.csv'), target: 'y', type: 'logistic_regression' });
    expect(model.classes).toEqual(sortLabels(labels));
  });

  it.each(cases)('a model trained on %s labels has the classes of its own evaluation', async (_what, labels) => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-order-'));
    writeFileSync(join(dir, 'train.csv'), csv(labels));
    writeFileSync(join(dir, 'test.csv'), csv([...labels].reverse(), 2));
    const trained = await train({ data: join(dir, 'train.csv'), target: 'y', algorithm: 'logistic_regression', test: join(dir, 'test.csv'), out: join(dir, 'out') });
    const evaluation = await evaluate({ predictions: trained.predictions_path!, task: 'multiclass' });
    expect(evaluation.confusion_matrix!.labels).toEqual(trained.classes);
  });
});

describe('numeric labels by value', () => {
  it('reads 1 and 1.0 (a float column pandas wrote next to an int one) as one class, and the positive label too', () => {
    const table = parseCsvTable('x,y\n0,0.0\n1,0\n2,0.0\n10,1.0\n11,1\n12,1.0\n', 'train.csv');
    const model = trainModel({ table, target: 'y', type: 'logistic_regression', positiveLabel: '1.00' });
    expect(model.classes).toEqual(['0', '1']);
    expect(model.task).toBe('binary');
    expect(model.positive_label).toBe('1');
  });

  it('leaves text labels as they are', () => {
    const model = trainModel({ table: parseCsvTable('x,y\n0,1\n1,1.0\n2,a\n3,1\n4,1.0\n5,a\n', 'train.csv'), target: 'y', type: 'logistic_regression' });
    expect(model.classes).toEqual(sortLabels(['1', '1.0', 'a']));
  });
});

describe('continuous targets', () => {
  const table = (labels: string[]) => parseCsvTable(`x,y\n${labels.map((l, i) => `${i},${l}`).join('\n')}\n`, 'prices.csv');
  const prices = Array.from({ length: 182 }, (_, i) => (100 + i * 2.5).toFixed(1));

  it('refuses a numeric target with many distinct values, naming the column and the task', () => {
    expect(() => trainModel({ table: table(prices), target: 'y', type: 'logistic_regression' }))
      .toThrow('prices.csv: target `y` looks continuous (numeric, 182 distinct values in 182 rows): this is a regression task');
  });

  it('trains it as classes when task is classification', () => {
    expect(trainModel({ table: table(prices), target: 'y', type: 'random_forest', task: 'classification', params: { maxFeatures: 1, nEstimators: 3 } }).classes).toHaveLength(182);
  });

  it('keeps integer classes that are few, or few for the row count', () => {
    const digits = Array.from({ length: 300 }, (_, i) => String(i % 10));
    expect(trainModel({ table: table(digits), target: 'y', type: 'random_forest', params: { maxFeatures: 1, nEstimators: 3 } }).classes).toHaveLength(10);
    const many = Array.from({ length: 1000 }, (_, i) => String(i % 30));
    expect(trainModel({ table: table(many), target: 'y', type: 'random_forest', params: { maxFeatures: 1, nEstimators: 3 } }).classes).toHaveLength(30);
  });
});
