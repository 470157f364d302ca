import { parseArgs } from 'node:util';
import { InputError } from '../shared/errors.js';

export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  description: string;
  /** Shown in help as `<value>`. */
  value?: string;
  required?: boolean;
  multiple?: boolean;
  default?: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec[];
}

export type ParsedOptions = Record<string, string | string[] | boolean | undefined>;

/** Parses a command's flags; every problem is an `InputError` (exit 2) with one line of text. */
export function parseCommandArgs(spec: CommandSpec, argv: string[]): ParsedOptions {
  let values: ParsedOptions;
  try {
    values = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: Object.fromEntries([
        ...spec.options.map((o) => [o.name, { type: o.type, ...(o.multiple ? { multiple: true } : {}) }]),
        ['help', { type: 'boolean', short: 'h' }],
      ]),
    }).values as ParsedOptions;
  } catch (error) {
    throw new InputError(`${(error as Error).message.split('\n')[0]} (see \`mlgate ${spec.name} --help\`)`);
  }
  if (values.help) return values;
  for (const option of spec.options) {
    if (values[option.name] === undefined && option.default !== undefined) values[option.name] = option.default;
    if (option.required && values[option.name] === undefined) {
      throw new InputError(`missing --${option.name} (see \`mlgate ${spec.name} --help\`)`);
    }
  }
  return values;
}

export function commandHelp(spec: CommandSpec): string {
  const width = Math.max(...spec.options.map((o) => flag(o).length), 10);
  const lines = spec.options.map((o) => `  ${flag(o).padEnd(width)}  ${o.description}${o.required ? ' (required)' : ''}${o.default !== undefined ? ` [default: ${o.default}]` : ''}`);
  return `${spec.summary}\n\nUsage: ${spec.usage}\n\nOptions:\n${lines.join('\n')}\n  ${'--help'.padEnd(width)}  show this help\n`;
}

function flag(option: OptionSpec): string {
  return option.type === 'boolean' ? `--${option.name}` : `--${option.name} <${option.value ?? 'value'}>${option.multiple ? '…' : ''}`;
}

export function stringOption(values: ParsedOptions, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(values: ParsedOptions, name: string): string[] | undefined {
  const value = values[name];
  if (value === undefined || typeof value === 'boolean') return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return items.length > 0 ? items : undefined;
}

export function numberOption(values: ParsedOptions, name: string): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new InputError(`--${name} must be a number, got \`${text}\``);
  return value;
}

export function integerOption(values: ParsedOptions, name: string): number | undefined {
  const value = numberOption(values, name);
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new InputError(`--${name} must be a non-negative integer, got \`${value}\``);
  return value;
}

export function jsonObjectOption(values: ParsedOptions, name: string): Record<string, unknown> | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`--${name} must be a JSON object, e.g. '{"C": 0.5}', got \`${text}\``);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InputError(`--${name} must be a JSON object, got \`${text}\``);
  return parsed as Record<string, unknown>;
}

/** `a=b,c=d` pairs (per-column overrides). */
export function pairsOption(values: ParsedOptions, name: string): Record<string, string> | undefined {
  const items = listOption(values, name);
  if (!items) return undefined;
  return Object.fromEntries(items.map((item) => {
    const at = item.indexOf('=');
    if (at <= 0 || at === item.length - 1) throw new InputError(`--${name} takes column=value pairs, got \`${item}\``);
    return [item.slice(0, at), item.slice(at + 1)];
  }));
}

export function choiceOption<T extends string>(values: ParsedOptions, name: string, choices: readonly T[]): T | undefined {
  const value = stringOption(values, name);
  if (value !== undefined && !choices.includes(value as T)) throw new InputError(`--${name} must be one of ${choices.join(', ')}, got \`${value}\``);
  return value as T | undefined;
}
