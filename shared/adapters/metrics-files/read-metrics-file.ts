import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { InputError } from '../../errors.js';
import { collectHistory, headerOf, KERAS_INDEX, LIGHTNING_INDEX } from './csv-history.js';
import { readDvcLive } from './dvclive.js';
import { HUGGING_FACE_FILES, readHuggingFace } from './huggingface.js';
import { collectKeyValue, parseKeyValue } from './key-value.js';
import { MetricsCollector, type MetricsFile, type MetricsFormat, type MetricsFormatChoice } from './metrics-file.js';
import { readMlflow } from './mlflow.js';
import { readMetricsText } from './read-text.js';

/**
 * Reads the metrics a user's own evaluation wrote, in `format` or, for `auto`, the format
 * `detectMetricsFormat` names. A malformed file is an `InputError` naming the file and the line or
 * key; values that are not metrics (text, booleans, NaN) are left out with a note, except a number
 * written as a string, which is refused (see `key-value.ts`).
 */
export function readMetricsFile(path: string, format: MetricsFormatChoice = 'auto'): MetricsFile {
  if (!existsSync(path)) throw new InputError(`${path}: metrics file not found`);
  const chosen = format === 'auto' ? detectMetricsFormat(path) : format;
  const file = resolveFile(path, chosen);
  const collector = new MetricsCollector(file);
  let read = file;
  switch (chosen) {
    case 'json': case 'yaml': case 'toml':
      collectKeyValue(parseKeyValue(readMetricsText(file), file, chosen), file, collector);
      break;
    case 'huggingface':
      readHuggingFace(file, collector);
      break;
    case 'dvclive':
      read = readDvcLive(path, collector);
      break;
    case 'mlflow':
      read = readMlflow(path, collector);
      break;
    case 'lightning': case 'keras': {
      const text = readMetricsText(file);
      const delimiter = headerOf(text).length > 1 && text.split('\n', 1)[0].includes('\t') ? '\t' : ',';
      collectHistory(text, file, collector, { delimiter, index: chosen === 'lightning' ? LIGHTNING_INDEX : KERAS_INDEX });
      break;
    }
  }
  if (Object.keys(collector.metrics).length === 0 && collector.notes.length === 0) {
    throw new InputError(`${read}: holds no metrics`);
  }
  return { path: read, format: chosen, metrics: collector.metrics, notes: collector.notes };
}

/** The file a folder stands for, for the formats whose readers take one file. */
function resolveFile(path: string, format: MetricsFormat): string {
  if (!statSync(path).isDirectory() || format === 'dvclive' || format === 'mlflow') return path;
  const candidates = format === 'huggingface' ? HUGGING_FACE_FILES.slice(0, 2) : format === 'lightning' ? ['metrics.csv'] : [];
  for (const name of candidates) if (existsSync(join(path, name))) return join(path, name);
  throw new InputError(`${path}: is a folder; --metrics-format ${format} reads a file${candidates.length > 0 ? ` (looked for ${candidates.join(', ')})` : ''}`);
}

/**
 * The format of a metrics path, by its name first and its content where the name does not tell:
 * - a folder: DVCLive's (`metrics.json` or `plots/metrics/`), an MLflow run (`meta.yaml` and
 *   `metrics/`) or its `metrics` folder, a Lightning log version (`metrics.csv`), a Trainer's
 *   output folder (`all_results.json`, else `eval_results.json`);
 * - `all_results.json`, `eval_results.json` and the Trainer's other results files: Hugging Face;
 * - `metrics.json` inside a DVCLive folder (beside `plots/`, or in a folder named `dvclive`) and
 *   `.tsv` files under `plots/metrics/`: DVCLive;
 * - `.json`, `.yaml`/`.yml`, `.toml`: key–value;
 * - `.csv`: Lightning's `CSVLogger` when the header has a `step` column, Keras' when it starts with
 *   `epoch`; other CSV is refused (say which with `metrics-format`);
 * - a file in an MLflow run's `metrics/` folder, or whose first line is `<timestamp> <value> <step>`: MLflow.
 */
export function detectMetricsFormat(path: string): MetricsFormat {
  const name = basename(path);
  if (statSync(path).isDirectory()) {
    const has = (entry: string) => existsSync(join(path, entry));
    if (has('metrics.json') || has(join('plots', 'metrics'))) return 'dvclive';
    if ((has('meta.yaml') && has('metrics')) || (name === 'metrics' && existsSync(join(dirname(path), 'meta.yaml')))) return 'mlflow';
    if (has('metrics.csv')) return 'lightning';
    if (HUGGING_FACE_FILES.slice(0, 2).some(has)) return 'huggingface';
    const entries = readdirSync(path).slice(0, 10);
    throw new InputError(`${path}: a folder that is not a DVCLive folder, an MLflow run, a Lightning log version or a Trainer output folder (it holds: ${entries.join(', ') || 'nothing'}); name the metrics file instead`);
  }
  if (HUGGING_FACE_FILES.includes(name)) return 'huggingface';
  const parent = dirname(path);
  if (name === 'metrics.json' && (existsSync(join(parent, 'plots')) || basename(parent) === 'dvclive')) return 'dvclive';
  const extension = extname(name).toLowerCase();
  if (extension === '.tsv' && /(^|[\\/])plots[\\/]metrics[\\/]/.test(path)) return 'dvclive';
  if (extension === '.json') return 'json';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.toml') return 'toml';
  if (basename(parent) === 'metrics' && existsSync(join(dirname(parent), 'meta.yaml'))) return 'mlflow';
  const text = readMetricsText(path);
  if (extension === '.csv' || extension === '.tsv') {
    const header = headerOf(text);
    if (header.includes('step')) return 'lightning';
    if (header[0] === 'epoch') return 'keras';
    throw new InputError(`${path}: a CSV file that is neither Lightning's CSVLogger (a \`step\` column) nor Keras' (\`epoch\` first): give --metrics-format`);
  }
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^-?\d+\s+\S+\s+-?\d+\s*(\n|$)/.test(start)) return 'mlflow';
  throw new InputError(`${path}: cannot tell the metrics format from the file's name or content: give --metrics-format (${['json', 'yaml', 'toml', 'dvclive', 'huggingface', 'lightning', 'keras', 'mlflow'].join(', ')})`);
}
