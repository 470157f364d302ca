/**
 * Tokens read as "missing" in CSV cells. The set follows pandas' default `na_values` (minus the
 * rarely meant `-1.#IND` family) so a file written by `DataFrame.to_csv` round-trips: an empty
 * cell and `NaN` are both missing, never the category "NaN".
 */
const MISSING_TOKENS = new Set([
  '', 'NA', 'N/A', 'n/a', 'NaN', 'nan', '-NaN', '-nan', 'NULL', 'null', 'None', '#N/A', '<NA>',
]);

export function isMissing(cell: string): boolean {
  return MISSING_TOKENS.has(cell.trim());
}

const INFINITY_TOKENS = new Map<string, number>([
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
  ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
]);

/**
 * The number a cell holds, or `undefined` when it is not a number. Accepts what Python and
 * pandas write for floats (`1e-3`, `inf`, `-Infinity`); rejects hex, empty and partial numbers
 * (`12abc`), which `Number()`/`parseFloat` would let through.
 */
export function parseNumber(cell: string): number | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const infinite = INFINITY_TOKENS.get(text.toLowerCase());
  if (infinite !== undefined) return infinite;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}
