import { InputError } from '../errors.js';
import { readColumns } from '../adapters/data/read-columns.js';
import type { Delimiter } from '../adapters/data/table.js';
import { typedColumnOf, type TypedTable } from '../core/table/typed-column.js';
import { columnTexts } from '../core/table/column-texts.js';
import { abTest, type AbKind, type AbTestResult, type GuardrailInput } from '../core/abtest/abtest.js';

export interface AbTestCommandOptions {
  data: string;
  variantColumn: string;
  outcomeColumn: string;
  timeColumn?: string;
  control: string;
  treatment: string;
  kind?: AbKind;
  sequential?: boolean;
  alpha?: number;
  mde?: number;
  /** `column:direction:margin`, e.g. `error:lower:0.002`. */
  guardrails?: string[];
  delimiter?: Delimiter;
}

/**
 * Reads the logged units and decides (`core/abtest/abtest.ts`). Units of other variants are left
 * out (a third arm of a multi-arm test); a file holding neither label, or a label missing, is
 * refused: comparing the wrong arms would be a decision on misread data.
 */
export async function abtest(options: AbTestCommandOptions): Promise<AbTestResult> {
  const kind = options.kind ?? 'proportion';
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 0.5)) throw new InputError(`--alpha must be in (0, 0.5), got ${alpha}`);
  if (options.mde !== undefined && !(options.mde > 0 && Number.isFinite(options.mde))) throw new InputError(`--mde must be a positive effect in the outcome's unit, got ${options.mde}`);
  if (options.control === options.treatment) throw new InputError(`--control and --treatment are both \`${options.control}\`; name two different variants`);
  const guardrailSpecs = (options.guardrails ?? []).map(parseGuardrail);
  // Only the columns the test reads; the variant and time as exact text, outcomes as numbers.
  const texts = [options.variantColumn, ...(options.timeColumn !== undefined ? [options.timeColumn] : [])];
  const table = await readColumns(options.data, {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    required: [...texts, options.outcomeColumn, ...guardrailSpecs.map((g) => g.column)],
    only: [],
    text: texts,
  });
  if (table.rowCount === 0) throw new InputError(`${options.data}: no data rows, only a header; abtest needs logged units`);

  const variants = columnTexts(typedColumnOf(table, options.variantColumn), options.variantColumn);
  const { dictionary } = variants;
  const arm = Int8Array.from(dictionary, (label) => (label === options.treatment ? 1 : label === options.control ? 0 : -1));
  const selected: number[] = [];
  const arms: number[] = [];
  const units = new Uint32Array(dictionary.length);
  variants.codes.forEach((code, row) => {
    if (code === 0) return;
    units[code - 1]++;
    if (arm[code - 1] >= 0) {
      selected.push(row);
      arms.push(arm[code - 1]);
    }
  });
  const labels = dictionary.filter((_, i) => units[i] > 0);
  const seen = labels.slice(0, 10).map((l) => `\`${l}\``).join(', ');
  for (const [flag, label] of [['--control', options.control], ['--treatment', options.treatment]] as const) {
    if (!labels.includes(label)) throw new InputError(`${options.data}: column \`${options.variantColumn}\` has no unit with ${flag} variant \`${label}\` (values: ${seen}${labels.length > 10 ? ', …' : ''})`);
  }

  const outcome = outcomeValues(table, options.outcomeColumn, selected, kind);
  const { look, lookLabels } = looksOf(table, options.timeColumn, selected);
  const guardrails: GuardrailInput[] = guardrailSpecs.map((g) => ({ ...g, outcome: outcomeValues(table, g.column, selected, 'mean') }));
  return abTest(
    { arm: Uint8Array.from(arms), outcome, look, lookLabels },
    { kind, sequential: options.sequential ?? false, alpha, ...(options.mde !== undefined ? { mde: options.mde } : {}), guardrails },
  );
}

/** `column:lower|higher:margin`. */
export function parseGuardrail(spec: string): Omit<GuardrailInput, 'outcome'> {
  const match = /^(.+):(lower|higher):([^:]+)$/.exec(spec.trim());
  const margin = match ? Number(match[3]) : NaN;
  if (!match || !(margin >= 0 && Number.isFinite(margin))) {
    throw new InputError(`--guardrail \`${spec}\`: expected <column>:<direction>:<margin>, direction lower or higher (which way is better) and margin a number ≥ 0, e.g. error:lower:0.002`);
  }
  return { column: match[1], direction: match[2] as 'lower' | 'higher', margin };
}

const BOOLEAN_CELLS = new Map([['true', 1], ['false', 0], ['True', 1], ['False', 0], ['TRUE', 1], ['FALSE', 0]]);

/** The outcome of each selected unit; a missing or non-numeric cell (or, for proportions, a value other than 0/1) is refused naming row and value. */
function outcomeValues(table: TypedTable, column: string, rows: readonly number[], kind: AbKind): Float64Array {
  const cells = typedColumnOf(table, column);
  // A token's value: true/false as 1/0, any other word NaN (refused below).
  const tokenValues = cells.tokens.map((token) => BOOLEAN_CELLS.get(token) ?? NaN);
  const values = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const token = cells.tokenCodes?.[row] ?? 0;
    const value = token > 0 ? tokenValues[token - 1] : cells.numeric > 0 ? cells.numbers[row] : NaN;
    const where = `${table.source}: column \`${column}\`, data row ${row + 1}`;
    if (token === 0 && value !== value) throw new InputError(`${where} is missing (an empty cell or a missing-value token such as NA); every unit needs an outcome: drop or fill such rows first`);
    const cell = token > 0 ? cells.tokens[token - 1] : String(value);
    if (!Number.isFinite(value)) throw new InputError(`${where}: \`${cell}\` is not a number`);
    if (kind === 'proportion' && value !== 0 && value !== 1) {
      throw new InputError(`${where}: \`${cell}\` is not binary; --kind proportion needs 0/1 (or true/false) outcomes, use --kind mean for other numbers`);
    }
    values[i] = value;
  });
  return values;
}

/**
 * The look of each unit: the distinct time values in order, numerically when every value is a
 * number, else as text (ISO 8601 dates and times sort as text). Without a time column, one look.
 */
function looksOf(table: TypedTable, column: string | undefined, rows: readonly number[]): { look: Uint32Array; lookLabels: (string | null)[] } {
  const look = new Uint32Array(rows.length);
  if (column === undefined) return { look, lookLabels: [null] };
  const { codes, dictionary } = columnTexts(typedColumnOf(table, column), column);
  const used = new Uint8Array(dictionary.length);
  for (const row of rows) {
    const code = codes[row];
    if (code === 0) throw new InputError(`${table.source}: column \`${column}\`, data row ${row + 1} has no time (an empty cell or a missing-value token such as NA); every unit needs the time it was logged at`);
    used[code - 1] = 1;
  }
  const distinct = dictionary.filter((_, i) => used[i] === 1);
  const numeric = distinct.every((t) => Number.isFinite(Number(t)));
  distinct.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(distinct.map((t, i) => [t, i]));
  const lookOfCode = Uint32Array.from(dictionary, (t) => index.get(t) ?? 0);
  rows.forEach((row, i) => { look[i] = lookOfCode[codes[row] - 1]; });
  return { look, lookLabels: distinct };
}
