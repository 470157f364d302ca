/**
 * Class labels as read from CSV: their order and the positive label of a binary task.
 *
 * Order — the one order of class labels in mlgate, for training (`model.json`'s `classes`, the
 * `y_score_<class>` columns) and evaluation (confusion matrix rows, class indices) alike. It is
 * the order scikit-learn's `np.unique` gives the labels pandas reads from the same column:
 * - when every label is a number (`parseDecimal`: "0", "2", "10", "-1.5e3", "inf"), pandas reads
 *   a numeric column and `np.unique` sorts by value, so "10" comes after "2";
 * - otherwise pandas reads every cell of the column as text (a column is never part numbers,
 *   part strings; scikit-learn refuses such a mix), and `np.unique` sorts by Unicode code point,
 *   like Python's `sorted`: "10" < "9" < "B" < "a".
 * `sortLabels` keeps labels with the same value but different spellings ("1", "1.0") distinct
 * (ordered by code point); evaluation first spells numeric labels by value
 * (`canonicalNumericLabels`), as pandas reads "1" and "1.0" in one float column and scikit-learn
 * sees one label. Metric values never depend on the order; which class is the positive one of a
 * trained binary model does (the second).
 */
import { parseDecimal } from '../table/decimal.js';

/** Compares strings by Unicode code point (JavaScript's default compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx - cy;
  }
}

/** Distinct labels in class order (see the module comment). */
export function sortLabels(labels: Iterable<string>): string[] {
  const distinct = [...new Set(labels)];
  const values = distinct.map(parseDecimal);
  if (values.length > 0 && values.every((v) => v !== undefined)) {
    const value = new Map(distinct.map((label, i) => [label, values[i]!]));
    // `|| …`: equal values, and inf − inf (NaN), fall back to the text.
    return distinct.sort((a, b) => value.get(a)! - value.get(b)! || compareCodePoints(a, b));
  }
  return distinct.sort(compareCodePoints);
}

/**
 * Numeric labels spelled by value: when every label is a number (`parseDecimal`), a function giving
 * each label the shortest spelling of its value ("1.0" → "1", "0.50" → "0.5", "-0" → "0"), as pandas
 * reads `1` and `1.0` in one column as the same float and scikit-learn sees one label; otherwise
 * (any label not a number) `undefined`: strings stay strings, "1" and "1.0" stay two labels.
 */
export function canonicalNumericLabels(labels: Iterable<string>): ((label: string) => string) | undefined {
  let any = false;
  for (const label of labels) {
    if (parseDecimal(label) === undefined) return undefined;
    any = true;
  }
  if (!any) return undefined;
  return (label) => {
    const value = parseDecimal(label);
    return value === undefined ? label : String(value);
  };
}

function quoteList(labels: readonly string[]): string {
  const shown = labels.slice(0, 20).map((l) => JSON.stringify(l));
  return shown.join(', ') + (labels.length > 20 ? `, … (${labels.length} in all)` : '');
}

/**
 * The positive label of a binary task.
 *
 * - `positiveLabel` when given; it must be one of the labels seen when two labels are seen
 *   (with a single label seen it may be absent: e.g. no positive row at all);
 * - otherwise "1" when the labels seen are among {"0", "1"};
 * - otherwise the label spelled "true" in any case when they are among {"false", "true"}
 *   (case-insensitive, e.g. "True"/"False" from pandas);
 * - otherwise an Error asking for a positive label and listing the labels seen.
 * More than two labels is an Error too (the task is then multiclass).
 */
export function resolvePositiveLabel(labelsSeen: Iterable<string>, positiveLabel?: string): string {
  const labels = sortLabels(labelsSeen);
  if (labels.length > 2) {
    throw new Error(
      `task 'binary' expects at most two labels, but yTrue and yPred hold ${labels.length}: ` +
        `${quoteList(labels)}. Use task 'multiclass' or fix the labels.`,
    );
  }
  if (positiveLabel !== undefined) {
    if (labels.length === 2 && !labels.includes(positiveLabel)) {
      throw new Error(
        `positive label ${JSON.stringify(positiveLabel)} is not one of the labels seen: ${quoteList(labels)}`,
      );
    }
    return positiveLabel;
  }
  if (labels.every((l) => l === '0' || l === '1')) return '1';
  const lower = labels.map((l) => l.toLowerCase());
  if (lower.every((l) => l === 'false' || l === 'true')) {
    if (new Set(lower).size === labels.length) {
      return labels.find((l) => l.toLowerCase() === 'true') ?? 'true';
    }
  }
  throw new Error(
    `cannot tell which label is positive: pass a positive label (labels seen: ${quoteList(labels)})`,
  );
}
