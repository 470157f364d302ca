import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { InputError } from '../../errors.js';
import { collectHistory } from './csv-history.js';
import { collectKeyValue, parseKeyValue } from './key-value.js';
import { MetricsCollector } from './metrics-file.js';
import { readMetricsText } from './read-text.js';

/**
 * DVCLive's output folder (DVCLive 3.x layout, `Live(dir="dvclive")`):
 *
 * ```
 * dvclive/metrics.json                 {"train": {"loss": 0.21}, "val": {"acc": 0.93}, "step": 9}
 * dvclive/plots/metrics/train/loss.tsv timestamp<TAB>step<TAB>loss, one row per step
 * dvclive/params.yaml, report.html, …
 * ```
 *
 * `metrics.json` is the summary DVCLive writes at every `next_step()` and at the end: the latest
 * value of each metric, nested by the `/` in its name. It is read as a key–value file (flattened
 * with dots, as `dvc metrics show` does: `train.loss`); its top-level `step` is DVCLive's position
 * counter, not a metric, and is left out. Without `metrics.json` (a run that crashed before its
 * first summary, `Live(report=None)` with summaries off) the history files are read instead: each
 * `plots/metrics/<name>.tsv` gives its last row's value, named by its path (`train/loss.tsv` is
 * `train.loss`, as in the summary). The path given may be the folder, `metrics.json`, or one
 * history file.
 */
export function readDvcLive(path: string, collector: MetricsCollector): string {
  const isFolder = existsSync(path) && statSync(path).isDirectory();
  if (!isFolder) {
    if (path.endsWith('.tsv')) {
      const root = historyRoot(path);
      collectTsv(path, root ? nameOf(root, path) : basename(path, '.tsv'), collector);
      return path;
    }
    collectKeyValue(parseKeyValue(readMetricsText(path), path, 'json'), path, collector, ['step']);
    return path;
  }
  const summary = join(path, 'metrics.json');
  if (existsSync(summary)) {
    collectKeyValue(parseKeyValue(readMetricsText(summary), summary, 'json'), summary, collector, ['step']);
    return summary;
  }
  const plots = join(path, 'plots', 'metrics');
  const files = existsSync(plots) ? tsvFiles(plots) : [];
  if (files.length === 0) throw new InputError(`${path}: a DVCLive folder needs metrics.json or plots/metrics/*.tsv, and has neither`);
  for (const file of files) collectTsv(file, nameOf(plots, file), collector);
  return path;
}

function collectTsv(file: string, name: string, collector: MetricsCollector): void {
  const text = readMetricsText(file);
  // DVCLive writes `timestamp`, `step` and one value column; the value is named by the file's path.
  collectHistory(text, file, collector, { delimiter: '\t', index: ['timestamp', 'step'], rename: () => name });
}

/** The `plots/metrics` folder a history file lies under, if it does. */
function historyRoot(file: string): string | undefined {
  let folder = dirname(file);
  for (let depth = 0; depth < 32 && folder !== dirname(folder); depth++, folder = dirname(folder)) {
    if (basename(folder) === 'metrics' && basename(dirname(folder)) === 'plots') return folder;
  }
  return undefined;
}

function nameOf(root: string, file: string): string {
  return relative(root, file).replace(/\.tsv$/, '').split(sep).join('.');
}

function tsvFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsv'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
