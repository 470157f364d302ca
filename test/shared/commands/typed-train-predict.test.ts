import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { train } from '../../../shared/commands/train.js';
import { predict } from '../../../shared/commands/predict.js';
import { abtest } from '../../../shared/commands/abtest.js';
import { readEvaluationData } from '../../../shared/adapters/data/evaluation-data.js';
import { readColumns } from '../../../shared/adapters/data/read-columns.js';
import { parseCsvTable } from '../../../shared/adapters/data/table.js';
import { trainModel, type ModelType } from '../../../shared/core/train/model.js';
import { InputError } from '../../../shared/errors.js';
import { scratchFolder } from '../../support/scratch.js';

const { dir, file } = scratchFolder('mlgate-typed-train');

/**
 * Files as users' tools write them: pandas' float labels, a BOM and `\r\n`, quoted fields, European
 * `;` with decimal commas, missing-value tokens, and a column mixing numbers written `1.0` with
 * words (categorical: its texts must be read again, kept).
 */
const FILES: [string, string, string][] = [
  ['pandas.csv', 'id,x,colour,y\n1,0.5,red,0.0\n2,1.5,blue,1.0\n3,NA,red,0.0\n4,2.5,,1.0\n5,3.0,blue,1.0\n6,0.1,red,0.0\n', 'y'],
  ['bom-crlf.csv', '\ufeffid,x,"note, quoted",y\r\n1,1,"a, b",no\r\n2,2,c,yes\r\n3,3,"a, b",no\r\n4,4,c,yes\r\n', 'y'],
  ['european.csv', 'id;temp;city;label\n1;1,5;Lyon;0\n2;-0,25;Paris;1\n3;2,75;Lyon;0\n4;3;Paris;1\n5;nan;Lyon;1\n', 'label'],
  ['mixed.csv', 'id,code,x,y\n1,1.0,1,a\n2,a,2,b\n3,1,3,a\n4,007,4,b\n5,1.0,5,a\n6,b,6,b\n', 'y'],
];

describe('train on typed columns', () => {
  for (const [name, text, target] of FILES) {
    for (const type of ['logistic_regression', 'random_forest'] as ModelType[]) {
      it(`${name}, ${type}: the model the text-cell table gave, and its predictions`, async () => {
        const path = file(name, text);
        const out = join(dir, `${name}-${type}`);
        const params = type === 'random_forest' ? { nEstimators: 5 } : undefined;
        const result = await train({ data: path, target, algorithm: type, params, test: path, out });
        const model = JSON.parse(readFileSync(result.model_path, 'utf8'));
        // The cells-as-strings reader's table, as trainModel read it before the columns were typed.
        const expected = trainModel({ table: parseCsvTable(text, path), target, type, params, exclude: ['id'] });
        expect(model).toEqual(JSON.parse(JSON.stringify(expected)));
        const predicted = await predict({ model: result.model_path, data: path, out: join(out, 'again') });
        expect(readFileSync(predicted.predictions_path, 'utf8')).toBe(readFileSync(result.predictions_path!, 'utf8'));
      });
    }
  }

  it('keeps `0.0`/`1.0` and `1` as one class, and categories written `1.0` and `1` apart', async () => {
    const path = file('labels.csv', 'x,code,y\n0,1.0,0.0\n1,1,1\n2,a,0\n3,1.0,1.0\n');
    const result = await train({ data: path, target: 'y', out: join(dir, 'labels') });
    expect(result.classes).toEqual(['0', '1']);
    const model = JSON.parse(readFileSync(result.model_path, 'utf8'));
    expect(model.features[1]).toEqual({ name: 'code', kind: 'categorical', categories: ['1', '1.0', 'a'] });
  });

  it('trains the same model from JSON Lines as from the CSV pandas wrote', async () => {
    const csv = file('same.csv', FILES[0][1]);
    const rows = [[1, 0.5, 'red', 0], [2, 1.5, 'blue', 1], [3, null, 'red', 0], [4, 2.5, null, 1], [5, 3, 'blue', 1], [6, 0.1, 'red', 0]];
    const jsonl = file('same.jsonl', rows.map(([id, x, colour, y]) => JSON.stringify({ id, x, colour, y })).join('\n'));
    const fromCsv = await train({ data: csv, target: 'y', out: join(dir, 'same-csv') });
    const fromJsonl = await train({ data: jsonl, target: 'y', out: join(dir, 'same-jsonl') });
    expect(readFileSync(fromJsonl.model_path, 'utf8')).toBe(readFileSync(fromCsv.model_path, 'utf8'));
  });

  it('refuses a folder of partitions as training data (the run records one file\'s digest)', async () => {
    await expect(train({ data: dir, target: 'y', out: join(dir, 'folder') })).rejects.toThrow(`${dir}: train's data is one file`);
  });

  it('refuses bad parameters before reading the data', async () => {
    await expect(train({ data: join(dir, 'absent.csv'), target: 'y', algorithm: 'random_forest', params: { nEstimators: 0 }, out: join(dir, 'p') }))
      .rejects.toThrow('random_forest: nEstimators must be an integer from 1 to');
  });

  it('refuses a target the header lacks before reading the rows', async () => {
    // Row 3 is malformed: the header's refusal comes first, the rows are never read.
    const path = file('no-target.csv', 'a,b\n1,2\n3\n');
    await expect(train({ data: path, target: 'y', out: join(dir, 'q') })).rejects.toThrow(new InputError(`${path}: no column \`y\` (columns: \`a\`, \`b\`)`));
  });

  it('refuses too much forest work once the training data is read, before the test file', async () => {
    // 100 rows × 1,300 features × 8 levels × 1,000 trees: 1.04 × 10⁹ split evaluations.
    const width = 1_300;
    const lines = Array.from({ length: 100 }, (_, i) => [...Array.from({ length: width }, (_, j) => (i * j) % 7), i % 2].join(','));
    const data = file('forest-work.csv', `${[...Array.from({ length: width }, (_, j) => `x${j}`), 'y'].join(',')}\n${lines.join('\n')}\n`);
    await expect(train({ data, target: 'y', algorithm: 'random_forest', params: { nEstimators: 1000, maxFeatures: 1 }, test: join(dir, 'absent.csv'), out: join(dir, 'f') }))
      .rejects.toThrow(/^random_forest: 100 rows × 1,300 features tried per split .* over the limit/);
  });

  it('predict refuses a file lacking a feature at its header, naming the columns it has', async () => {
    const data = file('train-p.csv', 'x,z,y\n1,a,0\n2,b,1\n3,a,0\n4,b,1\n');
    const result = await train({ data, target: 'y', out: join(dir, 'p2') });
    const rows = file('rows-p.csv', 'x,y\n1,0\n2\n');
    await expect(predict({ model: result.model_path, data: rows, out: join(dir, 'p3') })).rejects.toThrow(new InputError(`${rows}: no column \`z\` (columns: \`x\`, \`y\`)`));
  });
});

describe('abtest on typed columns', () => {
  it('reads variants as text and outcomes as numbers, true/false and decimal commas included', async () => {
    const csv = file('ab.csv', 'variant;converted;day;spend\nA;0;2;1,5\nB;true;10;2\nA;1;2;0,5\nB;1;10;2,25\nC;0;1;0\nA;FALSE;10;3\nB;0;2;1\n');
    const result = await abtest({ data: csv, variantColumn: 'variant', outcomeColumn: 'converted', timeColumn: 'day', control: 'A', treatment: 'B', sequential: true, guardrails: ['spend:lower:0.5'] });
    expect(result.n).toEqual({ control: 3, treatment: 3 });
  });

  it('refuses an outcome written in hexadecimal (the old reader took `0x1` for 1)', async () => {
    const csv = file('hex.csv', 'variant,converted\nA,0\nB,0x1\nA,1\nB,0\n');
    await expect(abtest({ data: csv, variantColumn: 'variant', outcomeColumn: 'converted', control: 'A', treatment: 'B' }))
      .rejects.toThrow(`${csv}: column \`converted\`, data row 2: \`0x1\` is not a number`);
  });
});

describe('the evaluation data on typed columns', () => {
  it('joins by the id text (`007` is not `7`) and gives trimmed cells, missing ones empty', async () => {
    const csv = file('eval.csv', 'id,region,score\n007,north,1.50\n7, south ,NA\n8,,2\n');
    const data = await readEvaluationData(csv, ['7', '8', '007'], { idColumn: 'id', columns: ['region', 'score'], predictions: 'predictions.csv' });
    expect(data).toEqual({ region: ['south', '', 'north'], score: ['', '2', '1.50'] });
  });

  it('reads only the columns asked for', async () => {
    const table = await readColumns(file('wide.csv', 'id,a,b\n1,x,2\n'), { only: ['b'], text: ['id'] });
    expect([...table.typed.keys()].sort()).toEqual(['b', 'id']);
    expect(table.columns).toEqual(['id', 'a', 'b']);
  });
});
