import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREDICTION_COLUMNS, readPredictions } from '../../../../shared/adapters/data/predictions.js';
import { readPlainCsv, readPredictionArrays } from '../../../../shared/adapters/data/predictions-arrays.js';
import { decodeLabels, encodeLabels } from '../../../../shared/core/metrics/prediction-arrays.js';
import { rowIdCount, rowIdText } from '../../../../shared/core/metrics/row-ids.js';
import type { PredictionArrays, PredictionColumns } from '../../../../shared/core/metrics/index.js';

const folder = mkdtempSync(join(tmpdir(), 'mlgate-prediction-arrays-'));
let files = 0;
function file(text: string, name = `p${files++}.csv`): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

function columnsOf(arrays: PredictionArrays): PredictionColumns {
  const out: PredictionColumns = { yTrue: decodeLabels(arrays.yTrue), yPred: decodeLabels(arrays.yPred) };
  if (arrays.ids) out.ids = Array.from({ length: rowIdCount(arrays.ids) }, (_, i) => rowIdText(arrays.ids!, i));
  if (arrays.yScore) out.yScore = Array.from(arrays.yScore);
  if (arrays.classScores) out.classScores = Object.fromEntries(Object.entries(arrays.classScores).map(([k, v]) => [k, Array.from(v)]));
  return out;
}

/** What the byte parser must agree with: the general reader, or the same error. */
async function general(path: string, task: 'binary' | 'multiclass'): Promise<PredictionColumns | string> {
  try {
    return await readPredictions(path, task);
  } catch (error) {
    return (error as Error).message;
  }
}

async function fast(path: string, task: 'binary' | 'multiclass'): Promise<PredictionColumns | string | undefined> {
  try {
    const arrays = readPlainCsv(path, task, DEFAULT_PREDICTION_COLUMNS, undefined);
    return arrays && columnsOf(arrays);
  } catch (error) {
    return (error as Error).message;
  }
}

const label = fc.constantFrom('0', '1', ' 1', '1.0', 'a', ' b ', 'é', '\u00a0x', '', 'NaN', 'true');
const scoreCell = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }).map(String), fc.constantFrom(' 0.5', '1e-3', '.5', 'nan', '', 'x', '0.5\u00a0', 'inf'));
const idCell = fc.oneof(fc.nat(30).map(String), fc.constantFrom(' 7', 'é', 'a b', '\u00a0z'));

describe('readPlainCsv (predictions from bytes)', () => {
  it('reads plain files as the general reader does, errors included', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(idCell, label, label, scoreCell), { minLength: 1, maxLength: 12 }),
      fc.boolean(), fc.boolean(), fc.constantFrom('\n', '\r\n'),
      async (rows, withIds, bom, eol) => {
        const header = withIds ? 'id,y_true,y_pred,y_score' : 'y_true,y_pred,y_score';
        const lines = rows.map(([id, t, p, s]) => (withIds ? [id, t, p, s] : [t, p, s]).join(','));
        const path = file(`${bom ? '\ufeff' : ''}${[header, ...lines].join(eol)}${eol}`);
        const expected = await general(path, 'binary');
        const got = await fast(path, 'binary');
        // The byte parser may decline (then the general reader reads the file); when it reads, it agrees.
        if (got !== undefined) expect(got).toEqual(expected);
      },
    ), { numRuns: 150 });
  });

  it('reads a plain file itself, past the head the general reader checks', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i},${i % 3 === 0 ? 1 : 0},${i % 2},${(i / 300).toString()}`);
    const path = file(`id,y_true,y_pred,y_score\n${rows.join('\n')}\n\n`);
    const arrays = readPlainCsv(path, 'binary', DEFAULT_PREDICTION_COLUMNS, undefined);
    expect(arrays).toBeDefined();
    expect(columnsOf(arrays!)).toEqual(await readPredictions(path, 'binary'));
    expect(arrays!.yTrue.labels).toEqual(['1', '0']);
    expect(arrays!.yScore).toBeInstanceOf(Float64Array);
  });

  it('hands over whole arrays (evaluation can free each), cut to the rows read when lines were empty, ids checked unique', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i},${i % 3 === 0 ? 1 : 0},${i % 2},${(i / 300).toString()}`);
    for (const [text, chunk] of [[`id,y_true,y_pred,y_score\n${rows.join('\n')}\n`, 64], [`id,y_true,y_pred,y_score\n${rows.join('\n')}`, 1 << 22],
      [`id,y_true,y_pred,y_score\r\n${rows.slice(0, 150).join('\r\n')}\r\n\r\n${rows.slice(150).join('\r\n')}\n\n`, 100]] as const) {
      const arrays = readPlainCsv(file(text), 'binary', DEFAULT_PREDICTION_COLUMNS, undefined, chunk)!;
      const views = [arrays.yTrue.codes, arrays.yPred.codes, arrays.yScore!, arrays.ids!.bytes, arrays.ids!.starts];
      expect(views.map((view) => view.length)).toEqual([300, 300, 300, arrays.ids!.starts[300], 301]);
      for (const view of views) expect(view.byteLength).toBe(view.buffer.byteLength);
      expect(arrays.ids!.unique).toBe(true);
    }
  });

  it('keeps label codes one byte wide, and widens them when a column has more than 256 labels', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${i},class ${i % 300},${i % 2},0.5`);
    const path = file(`id,y_true,y_pred,y_score\n${rows.join('\n')}\n`);
    const arrays = readPlainCsv(path, 'binary', DEFAULT_PREDICTION_COLUMNS, undefined, 64)!;
    expect(arrays.yPred.codes).toBeInstanceOf(Uint8Array);
    expect(arrays.yTrue.codes).toBeInstanceOf(Uint16Array);
    expect(arrays.yTrue.labels).toHaveLength(300);
    expect(columnsOf(arrays)).toEqual(await readPredictions(path, 'binary'));
    expect(encodeLabels(['a', 'b', 'a']).codes).toEqual(Uint8Array.of(0, 1, 0));
    expect(encodeLabels(Array.from({ length: 70_000 }, (_, i) => String(i))).codes).toBeInstanceOf(Uint32Array);
  });

  it('reads lines across chunk boundaries, and declines a line longer than a chunk', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i},${i % 3 === 0 ? 'yes' : 'no'},${i % 2 ? 'yes' : 'no'},${(i / 300).toString()}`);
    const path = file(`id,y_true,y_pred,y_score\r\n${rows.join('\r\n')}`);
    for (const chunk of [64, 100, 1 << 22]) {
      const arrays = readPlainCsv(path, 'binary', DEFAULT_PREDICTION_COLUMNS, undefined, chunk);
      expect(arrays, `chunk ${chunk}`).toBeDefined();
      expect(columnsOf(arrays!)).toEqual(await readPredictions(path, 'binary'));
    }
    const long = file(`id,y_true,y_pred,y_score\n1,a,a,0.5\n${'x'.repeat(100)},a,a,0.5\n`);
    expect(readPlainCsv(long, 'binary', DEFAULT_PREDICTION_COLUMNS, undefined, 64)).toBeUndefined();
  });

  it('names a duplicate id or a bad score beyond the first 100 rows as the general reader does', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i},1,1,0.5`);
    const duplicate = [...rows];
    duplicate[150] = '3,1,1,0.5';
    duplicate[160] = '160,1,1,oops';
    const path = file(`id,y_true,y_pred,y_score\n${duplicate.join('\n')}\n`);
    expect(await fast(path, 'binary')).toBe(`${path}: id \`3\` in column \`id\` appears twice (line 152)`);
    expect(await general(path, 'binary')).toBe(`${path}: id \`3\` in column \`id\` appears twice (line 152)`);
    const missing = [...rows];
    missing[170] = '170,1,1,';
    const second = file(`id,y_true,y_pred,y_score\n${missing.join('\n')}\n`);
    expect(await fast(second, 'binary')).toBe(`${second}: column \`y_score\` line 172: \`\` is not a finite number`);
    expect(await fast(second, 'binary')).toBe(await general(second, 'binary'));
  });

  it('reads multiclass score columns', async () => {
    const path = file('y_true,y_pred,y_score_a,y_score_b\na,b,0.25,0.75\nb,b,0.5,0.5\n');
    expect(await fast(path, 'multiclass')).toEqual(await general(path, 'multiclass'));
  });

  it('declines what it does not read exactly, and readPredictionArrays reads it with the general reader', async () => {
    const quoted = file('y_true,y_pred,y_score\n"1",1,0.5\n0,0,0.25\n');
    const semicolons = file('y_true;y_pred;y_score\n1;1;0,5\n0;0;0,25\n');
    const index = file(',y_true,y_pred,y_score\n0,1,1,0.5\n1,0,0,0.25\n');
    const ragged = file(`y_true,y_pred,y_score\n${'1,1,0.5\n'.repeat(150)}1,1\n`);
    const tsv = file('y_true\ty_pred\ty_score\n1\t1\t0.5\n', 'p.tsv');
    for (const path of [quoted, semicolons, index, ragged, tsv]) {
      expect(readPlainCsv(path, 'binary', DEFAULT_PREDICTION_COLUMNS, undefined), path).toBeUndefined();
    }
    expect(columnsOf(await readPredictionArrays(semicolons, 'binary'))).toEqual(await readPredictions(semicolons, 'binary'));
    expect(columnsOf(await readPredictionArrays(index, 'binary'))).toEqual(await readPredictions(index, 'binary'));
    await expect(readPredictionArrays(ragged, 'binary')).rejects.toThrow(/not valid CSV/);
  });
});
