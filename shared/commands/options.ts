import { InputError } from '../errors.js';

/**
 * The kinds of value a command option takes, and the one reader both doors use. A door hands the
 * reader raw text (a CLI flag's value, an action input); the reader applies the door's default,
 * checks required options and parses by kind, so `--resamples 10` and `resamples: 10` can never be
 * read differently.
 */

/** The two ways in: `mlgate <command> --flag` and `uses: …/actions/<command>` with inputs. */
export type Door = 'cli' | 'action';
export const DOORS: readonly Door[] = ['cli', 'action'];

/** A default that differs between the doors (e.g. the gate comments from an action, not from a shell). */
export type DoorDefault = { cli?: string; action?: string };

interface OptionBase {
  description: string;
  /** Which doors take the option (default both). A door that does not take it sees its default. */
  doors?: readonly Door[];
  required?: boolean;
  /** Text as a user would type it in either door; parsed like user input. */
  default?: string | DoorDefault;
  /** What the CLI help shows as the value, e.g. `csv` in `--data <csv>`. */
  placeholder?: string;
}

export interface TextOption extends OptionBase { kind: 'text' | 'path' }
/** Comma- or newline-separated; the CLI flag may also be repeated. */
export interface ListOption extends OptionBase { kind: 'list' }
/** `key=value` items of a list. */
export interface PairsOption extends OptionBase { kind: 'pairs' }
/** A JSON object. */
export interface JsonOption extends OptionBase { kind: 'json' }
export interface NumberOption extends OptionBase { kind: 'number' | 'integer' }
/** YAML 1.2 core booleans in actions; `--flag` / `--no-flag` on the command line. */
export interface BooleanOption extends OptionBase { kind: 'boolean' }
export interface ChoiceOption<C extends string = string> extends OptionBase {
  kind: 'choice';
  /** The values shown in help and generated references. */
  choices: readonly C[];
  /** Other spellings accepted and read as a choice (not shown in help), e.g. another tool's name. */
  aliases?: Readonly<Record<string, C>>;
  /** Values refused with their own message rather than the list of choices. */
  refusals?: Readonly<Record<string, string>>;
}

export type OptionSpec = TextOption | ListOption | PairsOption | JsonOption | NumberOption | BooleanOption | ChoiceOption;
export type OptionSpecs = Record<string, OptionSpec>;

/** Options that always hold a value: required, or defaulted in both doors. */
type Always<O, T> = O extends { required: true } | { default: string } | { default: { cli: string; action: string } } ? T : T | undefined;

export type ValueOf<O> =
  O extends { kind: 'boolean' } ? boolean
    : O extends { kind: 'choice'; choices: readonly (infer C)[] } ? Always<O, C>
      : O extends { kind: 'number' | 'integer' } ? Always<O, number>
        : O extends { kind: 'list' } ? Always<O, string[]>
          : O extends { kind: 'pairs' } ? Always<O, Record<string, string>>
            : O extends { kind: 'json' } ? Always<O, Record<string, unknown>>
              : Always<O, string>;

/** The parsed options of a command, keyed by their names: a misspelt name does not compile. */
export type OptionValues<S extends OptionSpecs> = { [K in keyof S]: ValueOf<S[K]> };

export function takes(option: OptionSpec, door: Door): boolean {
  return (option.doors ?? DOORS).includes(door);
}

/** A choice that is also an on/off switch (`true`, `false` and more, e.g. `required`). */
export function isSwitchChoice(option: OptionSpec): boolean {
  return option.kind === 'choice' && option.choices.includes('true') && option.choices.includes('false');
}

export function defaultFor(option: OptionSpec, door: Door): string | undefined {
  return typeof option.default === 'string' ? option.default : option.default?.[door];
}

/**
 * A default that is a workflow expression (`${{ github.token }}`): the runner expands it from
 * action.yml, so it belongs there only. At run time it is never a value: an input the runner left
 * empty (a secret a fork cannot read) is not given, rather than the expression's own text.
 */
export function isExpressionDefault(text: string | undefined): boolean {
  return text !== undefined && text.includes('${{');
}

/** The default the option reader applies: the door's default, unless it is an expression. */
function runTimeDefault(option: OptionSpec, door: Door): string | undefined {
  const fallback = defaultFor(option, door);
  return isExpressionDefault(fallback) ? undefined : fallback;
}

/** How the user names an option in a door's messages. */
export function optionLabel(name: string, door: Door): string {
  return door === 'cli' ? `--${name}` : `input \`${name}\``;
}

/**
 * Reads every option of a command from raw text. `raw(name)` is what the user gave (undefined or
 * empty: not given); options the door does not take get the door's default. Expression defaults
 * (`${{ … }}`) are never substituted: an empty input stays not given.
 */
export function readOptionValues<S extends OptionSpecs>(specs: S, door: Door, raw: (name: string) => string | undefined): OptionValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(specs)) {
    const given = takes(option, door) ? raw(name)?.trim() : undefined;
    const text = given === undefined || given === '' ? runTimeDefault(option, door) : given;
    if ((text === undefined || text === '') && option.required && takes(option, door)) {
      throw new InputError(`${optionLabel(name, door)} is required (${option.description})`);
    }
    values[name] = parseValue(option, text === '' ? undefined : text, optionLabel(name, door));
  }
  return values as OptionValues<S>;
}

function parseValue(option: OptionSpec, text: string | undefined, label: string): unknown {
  if (option.kind === 'boolean') return text === undefined ? false : parseBoolean(text, label);
  if (text === undefined) return undefined;
  switch (option.kind) {
    case 'text':
    case 'path':
      return text;
    case 'list':
      return listItems(text);
    case 'pairs':
      return parsePairs(text, label);
    case 'json':
      return parseJsonObject(text, label);
    case 'number':
    case 'integer':
      return parseNumber(text, label, option.kind === 'integer');
    case 'choice':
      if (isSwitchChoice(option) && BOOLEAN_SPELLINGS.has(text)) return BOOLEAN_SPELLINGS.get(text);
      if (option.choices.includes(text)) return text;
      if (option.aliases && Object.hasOwn(option.aliases, text)) return option.aliases[text];
      if (option.refusals && Object.hasOwn(option.refusals, text)) throw new InputError(`${label}: ${option.refusals[text]}`);
      throw new InputError(`${label} must be one of ${option.choices.join(', ')}, got \`${text}\``);
  }
}

/** Items separated by commas or newlines (a YAML block in an action, a repeated CLI flag). */
export function listItems(text: string): string[] | undefined {
  const items = text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== '');
  return items.length > 0 ? items : undefined;
}

/** YAML 1.2 core spellings, so `comment: True` means the same for a switch choice as for a boolean. */
const BOOLEAN_SPELLINGS = new Map(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].map((text) => [text, text.toLowerCase()]));

function parseBoolean(text: string, label: string): boolean {
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new InputError(`${label} must be true or false, got \`${text}\``);
}

function parsePairs(text: string, label: string): Record<string, string> | undefined {
  const items = listItems(text);
  if (!items) return undefined;
  const pairs: Record<string, string> = {};
  for (const item of items) {
    const at = item.indexOf('=');
    if (at <= 0 || at === item.length - 1) throw new InputError(`${label} takes key=value pairs, got \`${item}\``);
    const key = item.slice(0, at).trim();
    if (key in pairs) throw new InputError(`${label} names \`${key}\` twice`);
    pairs[key] = item.slice(at + 1).trim();
  }
  return pairs;
}

/** How deep a JSON option may nest: parameters are flat, and the code that records them recurses. */
export const MAX_JSON_DEPTH = 32;

/** A JSON object option's reading, for an option that also takes other values (train's `params`: a file in command mode). */
export function parseJsonObject(text: string, label: string): Record<string, unknown> {
  const excerpt = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`${label} must be a JSON object, e.g. '{"C": 0.5}', got \`${excerpt}\``);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${label} must be a JSON object, got \`${excerpt}\``);
  if (jsonDepth(value) > MAX_JSON_DEPTH) throw new InputError(`${label} nests deeper than ${MAX_JSON_DEPTH} levels`);
  return value as Record<string, unknown>;
}

/** Nesting depth of parsed JSON, without recursion (a hostile value may nest a million levels). */
function jsonDepth(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

// Decimal only: `Number()` alone also reads `0x10`, `0b1`, `1e3` for integers, and `''` as 0.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_INTEGER = /^\+?\d+$/;

function parseNumber(text: string, label: string, integer: boolean): number {
  const trimmed = text.trim();
  if (integer && !DECIMAL_INTEGER.test(trimmed)) throw new InputError(`${label} must be a non-negative integer, got \`${text}\``);
  if (!DECIMAL.test(trimmed)) throw new InputError(`${label} must be a number, got \`${text}\``);
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw new InputError(`${label} must be a number, got \`${text}\``);
  if (integer && (!Number.isInteger(value) || value < 0)) throw new InputError(`${label} must be a non-negative integer, got \`${text}\``);
  return value;
}
