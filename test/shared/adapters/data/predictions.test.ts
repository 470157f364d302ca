import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREDICTION_COLUMNS, encodePredictions, predictionsFromTable, readPredictions, writePredictions } from '../../../../shared/adapters/data/predictions.js';
import { parseCsvTable } from '../../../../shared/adapters/data/table.js';
import type { PredictionColumns } from '../../../../shared/core/metrics/index.js';

/** Cell text as the reader returns it (trimmed), with CSV's special characters and lookalikes of numbers and missing values. */
const cell = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'cr\rlf\r\n', 'NaN', '', 'inf', '1.0', '#', '=1+1'),
).map((text) => text.trim());

/** Finite scores; -0 is written as 0 (JSON and CSV writers alike print it as 0). */
const score = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

function predictions(task: 'binary' | 'multiclass'): fc.Arbitrary<PredictionColumns> {
  return fc.integer({ min: 1, max: 12 }).chain((n) => {
    const column = <T>(values: fc.Arbitrary<T>) => fc.array(values, { minLength: n, maxLength: n });
    const ids = fc.option(fc.uniqueArray(cell, { minLength: n, maxLength: n }), { nil: undefined });
    const scores = task === 'binary'
      ? column(score).map((yScore) => ({ yScore }))
      : fc.uniqueArray(cell, { minLength: 1, maxLength: 4 }).chain((classes) =>
        fc.tuple(...classes.map(() => column(score))).map((values) => ({ classScores: Object.fromEntries(classes.map((c, k) => [c, values[k]])) })));
    return fc.record({ ids, yTrue: column(cell), yPred: column(cell), scores }).map(({ ids, yTrue, yPred, scores }) => ({
      ...(ids ? { ids } : {}), yTrue, yPred, ...scores,
    }));
  });
}

const read = (text: string, task: 'binary' | 'multiclass') => predictionsFromTable(parseCsvTable(text, 'predictions.csv'), task, DEFAULT_PREDICTION_COLUMNS);

describe('the predictions CSV writer', () => {
  it.each(['binary', 'multiclass'] as const)('writes %s predictions that the reader reads back exactly', (task) => {
    fc.assert(fc.property(predictions(task), (columns) => {
      expect(read(encodePredictions(columns), task)).toEqual(columns);
    }), { numRuns: 300 });
  });

  it('quotes what needs quoting and writes scores in full precision', () => {
    const text = encodePredictions({ ids: ['1', '2'], yTrue: ['a,b', 'say "hi"'], yPred: ['a,b', 'x'], yScore: [0.1 + 0.2, 1e-300] });
    expect(text).toBe('id,y_true,y_pred,y_score\n1,"a,b","a,b",0.30000000000000004\n2,"say ""hi""",x,1e-300\n');
  });

  it('writes multiclass score columns in class order', () => {
    const text = encodePredictions({ yTrue: ['10'], yPred: ['9'], classScores: { 10: [0.5], 9: [0.25], '-1': [0.25] } });
    expect(text.split('\n')[0]).toBe('y_true,y_pred,y_score_-1,y_score_9,y_score_10');
  });

  it('writes trimmed labels and ids, as the reader reads them', () => {
    expect(encodePredictions({ ids: [' 7 '], yTrue: [' a'], yPred: ['b '] })).toBe('id,y_true,y_pred\n7,a,b\n');
  });

  it('refuses a score that is not finite (the reader would refuse the file)', () => {
    expect(() => encodePredictions({ yTrue: ['1', '0'], yPred: ['1', '0'], yScore: [0.5, NaN] })).toThrow('predictions: column `y_score` row 2 is NaN, expected a finite number');
  });

  it('writes a file readPredictions reads, through a temporary file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mlgate-predictions-')), 'predictions.csv');
    const columns = { ids: ['a', 'b'], yTrue: ['1', '0'], yPred: ['1', '1'], yScore: [0.875, 0.5] };
    writePredictions(path, columns);
    expect(readFileSync(path, 'utf8')).toBe('id,y_true,y_pred,y_score\na,1,1,0.875\nb,0,1,0.5\n');
    expect(await readPredictions(path, 'binary')).toEqual(columns);
  });
});
