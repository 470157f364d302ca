/**
 * How every report shows a number: four significant digits, exponent form below 1e-3 (p-values),
 * `Infinity`/`NaN` spelled out. One formatter for the gate's messages and every renderer, so the
 * comment, the HTML report and the model card never show one value two ways.
 *
 * Reports are built from files a fork controls: a value that is not a number (a string that got
 * past a reader, `<img …>`) is never printed, but shown as `NOT_A_NUMBER`.
 */
export function formatNumber(x: number): string {
  if (typeof x !== 'number') return NOT_A_NUMBER;
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 1e-3) return x.toExponential(2);
  return Number(x.toPrecision(4)).toString();
}

/** A count (rows, cells) in full; anything but a whole number is `NOT_A_NUMBER`. */
export function formatCount(x: number): string {
  return typeof x === 'number' && Number.isInteger(x) ? String(x) : NOT_A_NUMBER;
}

/** A share (0.123) as a percentage with one decimal (`12.3%`); a non-number is `NOT_A_NUMBER`. */
export function formatPercent(x: number): string {
  return typeof x === 'number' ? `${Math.round(x * 1000) / 10}%` : NOT_A_NUMBER;
}

/** What a non-number is shown as: inert in markdown and HTML. */
export const NOT_A_NUMBER = '(not a number)';
