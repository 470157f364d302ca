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
