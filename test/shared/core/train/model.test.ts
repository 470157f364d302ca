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
    const evaluation = evaluate({ predictions: trained.predictions_path!, task: 'multiclass' });
    expect(evaluation.confusion_matrix!.labels).toEqual(trained.classes);
  });
});
