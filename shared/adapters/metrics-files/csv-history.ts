import { parse } from 'csv-parse/sync';
import { InputError } from '../../errors.js';
import { MetricsCollector } from './metrics-file.js';

/**
 * Per-step histories written as CSV: PyTorch Lightning's `CSVLogger` (`metrics.csv`), Keras'
 * `CSVLogger`, DVCLive's `plots/metrics/*.tsv`. A metric's value is the **last value logged in its
 * column**: Lightning writes one row per logging call, so a row of training-step metrics leaves the
 * validation columns empty and the last row alone would lose `val_acc`; Keras writes one full row
 * per epoch (an absent value as `NA`), where the last value of each column is the last row.
 *
 * - empty cells and `NA` mean "not logged in this row" and are passed over;
 * - the index columns (`step`, and `epoch` for Keras, `timestamp` for DVCLive) are positions, not
 *   metrics, and are left out; Lightning's `epoch` column is a value it logs, and is kept;
 * - a last value of `nan` or `inf` (a diverged loss) leaves the metric out with a note — an earlier
 *   value never stands in for it;
 * - any other text in a cell is refused, naming the file, line and column.
 */
export interface HistoryOptions {
  delimiter: ',' | '\t';
  /** Columns that are positions, not metrics. */
  index: readonly string[];
  /** The name a column's metric gets (default the column's header). */
  rename?: (column: string) => string;
}

export function collectHistory(text: string, source: string, collector: MetricsCollector, options: HistoryOptions): void {
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: options.delimiter, relax_column_count: false, skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new InputError(`${source}: not valid ${options.delimiter === '\t' ? 'TSV' : 'CSV'}: ${lines ? `line ${lines}: ` : ''}${(error as Error).message.split('\n')[0].replace(/^Invalid Record Length: expect (\d+), got (\d+).*$/, '$2 fields where the header has $1').replace(/ (?:on|at) line \d+\.?$/, '')}`);
  }
  if (rows.length === 0) throw new InputError(`${source}: empty, expected a header row of metric names`);
  const [header, ...body] = rows;
  const seen = new Set<string>();
  for (const [i, name] of header.entries()) {
    if (name.trim() === '') throw new InputError(`${source}: line 1, column ${i + 1}: empty column name`);
    if (seen.has(name)) throw new InputError(`${source}: line 1: column \`${name}\` appears twice`);
    seen.add(name);
  }
  if (body.length === 0) throw new InputError(`${source}: has a header but no rows: nothing was logged`);
  const last: (string | undefined)[] = header.map(() => undefined);
  const lineOf: number[] = header.map(() => 0);
  for (const [r, row] of body.entries()) {
    for (const [c, cell] of row.entries()) {
      const trimmed = cell.trim();
      if (trimmed === '' || trimmed === 'NA') continue;
      if (!/^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|nan|inf|infinity)$/i.test(trimmed)) {
        throw new InputError(`${source}: line ${r + 2}, column \`${header[c]}\`: ${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell)} is not a number`);
      }
      last[c] = trimmed;
      lineOf[c] = r + 2;
    }
  }
  for (const [c, name] of header.entries()) {
    if (options.index.includes(name)) continue;
    const value = last[c];
    if (value === undefined) {
      collector.skip(options.rename?.(name) ?? name, 'has no value in any row');
      continue;
    }
    collector.add(options.rename?.(name) ?? name, toNumber(value), `line ${lineOf[c]}, column \`${name}\``);
  }
}

function toNumber(text: string): number {
  const lower = text.toLowerCase().replace(/^\+/, '');
  if (lower === 'nan' || lower === '-nan') return NaN;
  if (lower === 'inf' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  return Number(text);
}

/**
 * PyTorch Lightning's `CSVLogger` (`lightning_logs/version_<n>/metrics.csv`, Lightning 2.x): a
 * header of every key logged so far (`epoch,step,train_loss,val_acc`), one row per logging call
 * with the keys not logged in it left empty. `step` is the row's position and is left out.
 */
export const LIGHTNING_INDEX = ['step'];

/**
 * Keras' `CSVLogger` (`keras.callbacks.CSVLogger("history.csv")`, Keras 2.x–3.x): `epoch` then the
 * logs' keys sorted (`epoch,accuracy,loss,val_accuracy,val_loss`), one row per epoch; a key missing
 * from an epoch's logs is written `NA`. `epoch` is the row's position and is left out.
 */
export const KERAS_INDEX = ['epoch'];

/** The history file's header row, for telling Lightning's from Keras' (and from other CSV). */
export function headerOf(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(first.includes('\t') ? '\t' : ',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}
