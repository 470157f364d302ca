/**
 * How every report shows a number: four significant digits, exponent form below 1e-3 (p-values),
 * `Infinity`/`NaN` spelled out. One formatter for the gate's messages and every renderer, so the
 * comment, the HTML report and the model card never show one value two ways.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 1e-3) return x.toExponential(2);
  return Number(x.toPrecision(4)).toString();
}
