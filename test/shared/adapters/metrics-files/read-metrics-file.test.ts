import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../shared/errors.js';
import { detectMetricsFormat, readMetricsFile } from '../../../../shared/adapters/metrics-files/index.js';
import { scratchFolder } from '../../../support/scratch.js';

const FIXTURES = new URL('../../../fixtures/metrics-files/', import.meta.url).pathname;
const fixture = (path: string) => join(FIXTURES, path);
const RUN = 'mlruns/0/4f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b';

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('readMetricsFile on files as the tools write them', () => {
  it('DVCLive: the metrics.json summary flattened with dots, without its step counter', () => {
    for (const path of ['dvclive', 'dvclive/metrics.json']) {
      const read = readMetricsFile(fixture(path));
      expect(read.format).toBe('dvclive');
      expect(read.path).toBe(fixture('dvclive/metrics.json'));
      expect(read.metrics).toEqual({ 'train.loss': 0.18342071771621704, 'train.acc': 0.9437500238418579, 'eval.loss': 0.24091525375843048, 'eval.acc': 0.9210000038146973 });
    }
  });

  it('DVCLive: the plots/metrics history (last row, named by its path) when there is no summary', () => {
    const scratch = scratchFolder('mlgate-dvclive');
    mkdirSync(join(scratch.dir, 'plots', 'metrics', 'eval'), { recursive: true });
    writeFileSync(join(scratch.dir, 'plots', 'metrics', 'eval', 'acc.tsv'), 'timestamp\tstep\tacc\n1\t0\t0.81\n2\t1\t0.87\n');
    writeFileSync(join(scratch.dir, 'plots', 'metrics', 'loss.tsv'), 'timestamp\tstep\tloss\n1\t0\t0.5\n2\t1\t0.4\n');
    expect(readMetricsFile(scratch.dir).metrics).toEqual({ 'eval.acc': 0.87, loss: 0.4 });
    const one = readMetricsFile(fixture('dvclive/plots/metrics/train/loss.tsv'));
    expect(one).toMatchObject({ format: 'dvclive', metrics: { 'train.loss': 0.18342071771621704 } });
  });

  it('Hugging Face: the Trainer\'s keys kept as written, eval_ prefix and all', () => {
    const read = readMetricsFile(fixture('huggingface/all_results.json'));
    expect(read.format).toBe('huggingface');
    expect(read.metrics).toMatchObject({ epoch: 3, eval_accuracy: 0.9128440366972477, eval_loss: 0.27361559867858887, train_loss: 0.21304523744582113 });
    expect(Object.keys(read.metrics)).toHaveLength(13);
    expect(readMetricsFile(fixture('huggingface')).path).toBe(fixture('huggingface/all_results.json'));
    expect(readMetricsFile(fixture('huggingface/eval_results.json')).metrics.eval_accuracy).toBe(0.9059633027522935);
  });

  it('Hugging Face: a NaN written by Python\'s json.dump is left out with a note, not misread', () => {
    const scratch = scratchFolder('mlgate-hf');
    const path = scratch.file('eval_results.json', '{\n    "epoch": 1.0,\n    "eval_loss": NaN,\n    "eval_note": "NaN is fine in a string",\n    "eval_accuracy": 0.5\n}\n');
    const read = readMetricsFile(path);
    expect(read.metrics).toEqual({ epoch: 1, eval_accuracy: 0.5 });
    expect(read.notes.join('\n')).toMatch(/`eval_loss` is NaN in .*eval_results\.json: left out/);
  });

  it('Lightning CSVLogger: the last value logged in each column, past the empty cells; step left out', () => {
    const read = readMetricsFile(fixture('lightning_logs/version_0'));
    expect(read.format).toBe('lightning');
    // The last row is a training step: val_acc and val_loss come from the last validation row.
    expect(read.metrics).toEqual({ epoch: 2, train_loss: 0.3047, val_acc: 0.8675, val_loss: 0.3712 });
  });

  it('Keras CSVLogger: the last row, epoch left out', () => {
    const read = readMetricsFile(fixture('keras/history.csv'));
    expect(read.format).toBe('keras');
    expect(read.metrics).toEqual({ accuracy: 0.909416675567627, loss: 0.2441522926092148, val_accuracy: 0.8906000256538391, val_loss: 0.3066093921661377 });
  });

  it('Keras CSVLogger: NA is "not logged"; a final nan leaves the metric out rather than taking an earlier value', () => {
    const scratch = scratchFolder('mlgate-keras');
    const path = scratch.file('history.csv', 'epoch,loss,val_loss\n0,0.5,NA\n1,0.4,0.45\n2,nan,NA\n');
    const read = readMetricsFile(path);
    expect(read.metrics).toEqual({ val_loss: 0.45 });
    expect(read.notes.join('\n')).toMatch(/`loss` is NaN/);
  });

  it('MLflow file store: the value at the greatest step, ties by the latest timestamp', () => {
    for (const path of [RUN, `${RUN}/metrics`]) {
      const read = readMetricsFile(fixture(path));
      expect(read.format).toBe('mlflow');
      expect(read.metrics).toEqual({ accuracy: 0.9473684210526315, log_loss: 0.1844, roc_auc: 0.9561 });
    }
    expect(readMetricsFile(fixture(`${RUN}/metrics/accuracy`)).metrics).toEqual({ accuracy: 0.9473684210526315 });
  });

  it('JSON, YAML and TOML key–value files: nested keys flattened with dots, text and flags left out with a note', () => {
    const expected = { 'test.accuracy': 0.9473684210526315, 'test.roc_auc': 0.9908424908424909, 'test.log_loss': 0.1366 };
    const json = readMetricsFile(fixture('key-value/scores.json'));
    expect(json).toMatchObject({ format: 'json', metrics: expected });
    expect(json.notes).toHaveLength(2);
    expect(json.notes[0]).toMatch(/`model` .* is a string \("GradientBoostingClassifier"\): not a metric/);
    expect(readMetricsFile(fixture('key-value/metrics.toml'))).toMatchObject({ format: 'toml', metrics: expected });
    expect(readMetricsFile(fixture('key-value/metrics.yaml'))).toMatchObject({ format: 'yaml', metrics: { 'test.accuracy': 0.9385964912280702 } });
  });

  it('keeps metrics named like Object\'s own members', () => {
    const scratch = scratchFolder('mlgate-proto');
    const read = readMetricsFile(scratch.file('m.json', '{"__proto__": 0.5, "constructor": 0.25, "toString": {"x": 1}}'));
    expect(Object.entries(read.metrics)).toEqual([['__proto__', 0.5], ['constructor', 0.25], ['toString.x', 1]]);
  });

  it('an explicit format overrides detection', () => {
    expect(readMetricsFile(fixture('huggingface/all_results.json'), 'json').format).toBe('json');
    const scratch = scratchFolder('mlgate-override');
    const path = scratch.file('results.txt', 'accuracy: 0.9\n');
    expect(refusal(() => readMetricsFile(path))).toMatch(/cannot tell the metrics format.*--metrics-format/);
    expect(readMetricsFile(path, 'yaml').metrics).toEqual({ accuracy: 0.9 });
  });
});

describe('readMetricsFile refuses what it cannot read safely, naming the file and the line or key', () => {
  const scratch = scratchFolder('mlgate-bad-metrics');

  it('a number written as a string', () => {
    const path = scratch.file('quoted.json', '{"test": {"accuracy": "0.93"}}');
    expect(refusal(() => readMetricsFile(path))).toBe(`${path}: key \`test.accuracy\` is the string "0.93", expected a number (unquote it: a metric read from a string could be misread)`);
    const yaml = scratch.file('quoted.yaml', 'f1: "nan"\n');
    expect(refusal(() => readMetricsFile(yaml))).toMatch(/key `f1` is the string "nan"/);
  });

  it('malformed JSON, YAML and TOML with their line', () => {
    const json = scratch.file('broken.json', '{\n  "accuracy": 0.9,\n  "loss": ,\n}\n');
    expect(refusal(() => readMetricsFile(json))).toMatch(new RegExp(`^${json.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON: line 3, column \\d+`));
    const yaml = scratch.file('broken.yaml', 'accuracy: 0.9\n  loss: [\n');
    expect(refusal(() => readMetricsFile(yaml))).toMatch(/broken\.yaml: not valid YAML: line \d+, column \d+/);
    const toml = scratch.file('broken.toml', 'accuracy = 0.9\nloss = \n');
    expect(refusal(() => readMetricsFile(toml))).toMatch(/broken\.toml: not valid TOML: line 2, column \d+/);
    const duplicate = scratch.file('twice.yaml', 'accuracy: 0.9\naccuracy: 0.8\n');
    expect(refusal(() => readMetricsFile(duplicate))).toMatch(/twice\.yaml: not valid YAML: line 2/);
  });

  it('a history cell that is not a number, and a ragged row', () => {
    const path = scratch.file('metrics.csv', 'epoch,step,train_loss\n0,1,0.5\n0,2,oops\n');
    expect(refusal(() => readMetricsFile(path))).toBe(`${path}: line 3, column \`train_loss\`: "oops" is not a number`);
    const ragged = scratch.file('history.csv', 'epoch,loss\n0,0.5\n1\n');
    expect(refusal(() => readMetricsFile(ragged))).toMatch(/history\.csv: not valid CSV: line 3: 1 fields where the header has 2/);
  });

  it('an MLflow line that is not `timestamp value step`', () => {
    const root = scratchFolder('mlgate-mlflow');
    mkdirSync(join(root.dir, 'metrics'));
    writeFileSync(join(root.dir, 'meta.yaml'), 'run_id: x\n');
    writeFileSync(join(root.dir, 'metrics', 'accuracy'), '1700000000000 0.9 0\n1700000001000 zero 1\n');
    expect(refusal(() => readMetricsFile(root.dir))).toMatch(/metrics\/accuracy: line 2: expected `<timestamp> <value> <step>`/);
  });

  it('a CSV that is neither logger\'s, a missing file, a file with nothing in it', () => {
    const csv = scratch.file('other.csv', 'a,b\n1,2\n');
    expect(refusal(() => readMetricsFile(csv))).toMatch(/neither Lightning's CSVLogger .* nor Keras'/);
    expect(refusal(() => readMetricsFile(join(scratch.dir, 'nope.json')))).toMatch(/nope\.json: metrics file not found/);
    expect(refusal(() => readMetricsFile(scratch.file('empty.json', '{}')))).toMatch(/holds no metrics/);
    expect(refusal(() => readMetricsFile(scratch.file('list.json', '[0.9]')))).toMatch(/expected a mapping of metric names to numbers/);
  });
});

describe('detectMetricsFormat', () => {
  it.each([
    ['dvclive', 'dvclive'], ['dvclive/metrics.json', 'dvclive'], ['dvclive/plots/metrics/eval/acc.tsv', 'dvclive'],
    ['huggingface/all_results.json', 'huggingface'], ['huggingface', 'huggingface'],
    ['lightning_logs/version_0', 'lightning'], ['lightning_logs/version_0/metrics.csv', 'lightning'],
    ['keras/history.csv', 'keras'], [RUN, 'mlflow'], [`${RUN}/metrics`, 'mlflow'], [`${RUN}/metrics/roc_auc`, 'mlflow'],
    ['key-value/scores.json', 'json'], ['key-value/metrics.yaml', 'yaml'], ['key-value/metrics.toml', 'toml'],
  ])('%s is %s', (path, format) => {
    expect(detectMetricsFormat(fixture(path))).toBe(format);
  });
});
