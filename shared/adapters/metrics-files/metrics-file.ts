import { InputError } from '../../errors.js';

/**
 * The formats `evaluate --metrics` reads. `auto` picks one from the path's name and, where the name
 * does not tell, the content (`detectMetricsFormat`).
 */
export const METRICS_FORMATS = ['auto', 'json', 'yaml', 'toml', 'dvclive', 'huggingface', 'lightning', 'keras', 'mlflow'] as const;
export type MetricsFormatChoice = (typeof METRICS_FORMATS)[number];
export type MetricsFormat = Exclude<MetricsFormatChoice, 'auto'>;

/** What a reader found in one metrics file (or folder: DVCLive, MLflow). */
export interface MetricsFile {
  path: string;
  format: MetricsFormat;
  /** Finite numbers only, in the order the file holds them. */
  metrics: Record<string, number>;
  /** Values the reader left out, and why (one line each, naming the key). */
  notes: string[];
}

/** Metrics files are small; a bigger one is not a metrics file (and would be slow to scan). */
export const MAX_METRICS_FILE_BYTES = 64 * 1024 * 1024;

/** Longest metric name: the evaluation format's bound on names. */
const MAX_NAME = 256;

/** Most metrics one file may hold: the evaluation format lists at most 10,000. */
export const MAX_METRICS = 10_000;

/**
 * A string that a reader would take for a number: `"0.93"`, `" 1e-3"`, `"nan"`, `"-Infinity"`.
 * Such a value in a key–value file is refused rather than read or skipped: a metric quoted by
 * mistake must neither pass a gate as a number nor silently vanish from it.
 */
export function looksNumeric(text: string): boolean {
  return /^\s*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|nan|inf|infinity)\s*$/i.test(text);
}

/**
 * Collects metrics into an object, refusing a second value for one name (two nested keys that
 * flatten alike, `a.b` and `{a: {b}}`) and more than `MAX_METRICS`. Non-finite values become a note:
 * a NaN loss is a diverged run, and neither it nor an earlier value may stand in for the metric.
 */
export class MetricsCollector {
  readonly metrics: Record<string, number> = {};
  readonly notes: string[] = [];
  private count = 0;

  constructor(private readonly source: string) {}

  add(name: string, value: number, where = `key \`${name}\``): void {
    if (name.length > MAX_NAME) throw new InputError(`${this.source}: ${where}: a metric name is at most ${MAX_NAME} characters`);
    if (Object.hasOwn(this.metrics, name) || this.notes.some((n) => n.startsWith(`\`${name}\` `))) {
      throw new InputError(`${this.source}: ${where}: metric \`${name}\` is given twice`);
    }
    if (!Number.isFinite(value)) {
      this.notes.push(`\`${name}\` is ${String(value)} in ${this.source}: left out (only finite numbers are metrics)`);
      return;
    }
    if (++this.count > MAX_METRICS) throw new InputError(`${this.source}: more than ${MAX_METRICS.toLocaleString('en-US')} metrics`);
    // Defined, not assigned: a metric named `__proto__` (JSON.parse makes it an own key) would
    // otherwise set the object's prototype and vanish.
    Object.defineProperty(this.metrics, name, { value, enumerable: true, writable: true, configurable: true });
  }

  skip(name: string, why: string): void {
    if (name.length > MAX_NAME) name = `${name.slice(0, MAX_NAME - 1)}…`;
    this.notes.push(`\`${name}\` in ${this.source} ${why}: not a metric, left out`);
  }
}

/** `line 3, column 5` of the character at `position` (0-based) in `text`. */
export function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}
