import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { InputError } from '../../errors.js';
import { MAX_METRICS, type MetricsCollector } from './metrics-file.js';
import { readMetricsText } from './read-text.js';

/**
 * MLflow's file store (`mlruns/`, MLflow 1.x–2.x `FileStore`): a run's metrics are
 * `mlruns/<experiment id>/<run id>/metrics/<name>`, one file per metric (a name with `/` is a
 * nested path), each line `<timestamp ms> <value> <step>` appended at every `log_metric`.
 *
 * A metric's value is the one at the greatest step, and among lines with that step the latest
 * timestamp (then the later line): what `mlflow.get_run(...).data.metrics` reports. A value of
 * `nan` or `inf` there leaves the metric out with a note. The path given may be the run folder,
 * its `metrics` folder, or one metric file.
 */
export function readMlflow(path: string, collector: MetricsCollector): string {
  if (!existsSync(path)) throw new InputError(`${path}: MLflow run or metrics folder not found`);
  if (!statSync(path).isDirectory()) {
    collectMetricFile(path, basename(path), collector);
    return path;
  }
  const folder = basename(path) !== 'metrics' && existsSync(join(path, 'metrics')) ? join(path, 'metrics') : path;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InputError(`${path}: an MLflow run folder needs a metrics folder`);
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  if (files.length === 0) throw new InputError(`${folder}: no metric files: the run logged no metrics`);
  if (files.length > MAX_METRICS) throw new InputError(`${folder}: more than ${MAX_METRICS.toLocaleString('en-US')} metric files`);
  for (const file of files) collectMetricFile(file, relative(folder, file).split(sep).join('/'), collector);
  return folder;
}

function collectMetricFile(file: string, name: string, collector: MetricsCollector): void {
  const lines = readMetricsText(file).split('\n');
  let best: { step: number; timestamp: number; value: number; line: number } | undefined;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const fields = line.split(/\s+/);
    const [timestamp, value, step = '0'] = fields;
    // MLflow writes Python's repr of the float: `0.93`, `nan`, `inf`, `-inf`.
    const number = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)$/i.test(value ?? '') ? Number(value)
      : /^nan$/i.test(value ?? '') ? NaN : /^\+?inf$/i.test(value ?? '') ? Infinity : /^-inf$/i.test(value ?? '') ? -Infinity : undefined;
    if (fields.length < 2 || fields.length > 3 || !/^-?\d+$/.test(timestamp) || !/^-?\d+$/.test(step) || number === undefined) {
      throw new InputError(`${file}: line ${i + 1}: expected \`<timestamp> <value> <step>\` (MLflow's metric file), got ${JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line)}`);
    }
    const entry = { step: Number(step), timestamp: Number(timestamp), value: number, line: i + 1 };
    if (!best || entry.step > best.step || (entry.step === best.step && entry.timestamp >= best.timestamp)) best = entry;
  }
  if (!best) throw new InputError(`${file}: empty: MLflow's metric file has one \`<timestamp> <value> <step>\` line per logged value`);
  collector.add(name, best.value, `line ${best.line}`);
}
