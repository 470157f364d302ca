/**
 * The one way a data cell (a CSV field, a class label) becomes a number: what pandas' `read_csv`
 * reads as a float, so a column pandas calls numeric is numeric here too.
 *
 * - Surrounding whitespace is ignored (`String.prototype.trim`), as Python's `float()` ignores it.
 * - A decimal: optional sign (`+` or `-`), digits with an optional fraction (`5`, `5.`, `5.25`) or
 *   a fraction alone (`.5`), then an optional exponent (`1e-3`, `2.5E+10`). Leading zeros are fine
 *   (`007` is 7).
 * - Infinities in the spellings pandas and Python write and read, in any case: `inf`, `+inf`,
 *   `-inf`, `infinity`, `+infinity`, `-infinity` (`DataFrame.to_csv` writes `inf` / `-inf`).
 * - Magnitudes beyond float64 overflow to ±Infinity (`1e400`), as in Python and pandas; callers
 *   that need finite values check `Number.isFinite`.
 * - Not a number (`undefined`): the empty cell and every missing-value token, `nan` included
 *   (pandas reads `nan`, `NaN`, `NA`, … as missing, see `isMissing` in `missing.ts`, and
 *   `to_csv` writes NaN as an empty cell); hexadecimal (`0x10`), digit separators (`1_000`,
 *   `1,5`), partial numbers (`12abc`), a bare sign or exponent (`-`, `e5`), and other
 *   spellings `Number()` or `parseFloat` would let through.
 */
export function parseDecimal(cell: string): number | undefined {
  const text = cell.trim();
  if (DECIMAL.test(text)) return Number(text);
  return INFINITIES.get(text.toLowerCase());
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const INFINITIES = new Map<string, number>([
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
  ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
]);
