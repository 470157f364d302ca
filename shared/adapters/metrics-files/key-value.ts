import { parse as parseToml, TomlDate } from 'smol-toml';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { InputError } from '../../errors.js';
import { lineColumn, looksNumeric, MetricsCollector } from './metrics-file.js';

/**
 * Key–value metrics files — JSON, YAML, TOML — as `dvc metrics show` reads them: nested mappings
 * are flattened with dots (`{"test": {"acc": 0.9}}` is `test.acc`), and every leaf that is a
 * number is a metric. What is not:
 * - a string that reads as a number (`"0.93"`, `"nan"`) is refused, naming the key: a metric
 *   quoted by mistake must neither pass a gate nor silently vanish from it;
 * - other strings, booleans, nulls, dates and lists are left out with a note (files such as
 *   DVC's `metrics.yaml` often carry a model name or a flag beside the numbers);
 * - NaN and ±Infinity (Python's `json.dump` writes the bare words `NaN` and `Infinity`, YAML
 *   `.nan`, TOML `nan`) are left out with a note: a diverged run has no metric to gate on.
 */
export type KeyValueSyntax = 'json' | 'yaml' | 'toml';

export function parseKeyValue(text: string, source: string, syntax: KeyValueSyntax): unknown {
  switch (syntax) {
    case 'json': return parsePythonJson(text, source);
    case 'yaml': return parseYamlText(text, source);
    case 'toml': return parseTomlText(text, source);
  }
}

/** Flattens a parsed key–value document into `collector`; `skipTop` names top-level keys that are not metrics. */
export function collectKeyValue(value: unknown, source: string, collector: MetricsCollector, skipTop: readonly string[] = []): void {
  if (!isMapping(value)) {
    throw new InputError(`${source}: expected a mapping of metric names to numbers at the top level, got ${describe(value)}`);
  }
  const walk = (node: Record<string, unknown>, prefix: string, depth: number) => {
    if (depth > 32) throw new InputError(`${source}: key \`${prefix.slice(0, -1)}\` is nested more than 32 levels deep`);
    for (const [key, child] of Object.entries(node)) {
      const name = `${prefix}${key}`;
      if (depth === 0 && skipTop.includes(key)) continue;
      if (child instanceof TomlDate || child instanceof Date) collector.skip(name, 'is a date');
      else if (isMapping(child)) walk(child, `${name}.`, depth + 1);
      else if (typeof child === 'number') collector.add(name, child);
      else if (child === NAN || child === INFINITY || child === MINUS_INFINITY) collector.add(name, PYTHON_WORDS[child]);
      else if (typeof child === 'string' && looksNumeric(child)) {
        throw new InputError(`${source}: key \`${name}\` is the string ${JSON.stringify(child)}, expected a number (unquote it: a metric read from a string could be misread)`);
      } else if (typeof child === 'bigint') collector.add(name, Number(child));
      else collector.skip(name, `is ${describe(child)}`);
    }
  };
  walk(value, '', 0);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof TomlDate) && !(value instanceof Date);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return `a boolean (${String(value)})`;
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return `a ${typeof value}`;
}

// Python's `json.dump` (and so the Trainer's `all_results.json`, DVCLive's `metrics.json`) writes
// non-finite floats as the bare words NaN, Infinity and -Infinity, which JSON.parse refuses. They
// are read as markers that cannot collide with a string in the file (a string may say "NaN").
const NAN = '\u0000NaN';
const INFINITY = '\u0000Infinity';
const MINUS_INFINITY = '\u0000-Infinity';
const PYTHON_WORDS: Record<string, number> = { [NAN]: NaN, [INFINITY]: Infinity, [MINUS_INFINITY]: -Infinity };

function parsePythonJson(text: string, source: string): unknown {
  // Strings are matched first so a word inside one is left alone.
  const marked = text.replace(/"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)\b/g, (match, word: string | undefined) => (word ? JSON.stringify(`\u0000${word}`) : match));
  try {
    return JSON.parse(marked);
  } catch (error) {
    // V8's messages name a position only sometimes; the scan below always finds the place.
    const problem = jsonSyntaxError(text);
    throw new InputError(`${source}: not valid JSON: ${problem ? `${lineColumn(text, problem.at)}: ${problem.what}` : (error as Error).message}`);
  }
}

/**
 * Where JSON text (with Python's NaN and Infinity words) first breaks, and why: a small recursive
 * scan, run only after JSON.parse has refused the text.
 */
function jsonSyntaxError(text: string): { at: number; what: string } | undefined {
  let i = 0;
  const fail = (what: string): never => {
    throw Object.assign(new Error(what), { at: i });
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (char: string) => {
    space();
    if (text[i] !== char) fail(i >= text.length ? `the document ends where \`${char}\` was expected` : `unexpected \`${text[i]}\` where \`${char}\` was expected`);
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('a control character inside a string');
      i++;
    }
    if (i >= text.length) fail('a string is not closed');
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 512) fail('nested too deeply');
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        string();
        expect(':');
        value(depth + 1);
        space();
        if (text[i] === ',') { i++; continue; }
        expect('}');
        return;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(depth + 1);
        space();
        if (text[i] === ',') { i++; continue; }
        expect(']');
        return;
      }
    }
    if (c === '"') return string();
    const token = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity/y;
    token.lastIndex = i;
    const match = token.exec(text);
    if (!match) fail(i >= text.length ? 'the document ends where a value was expected' : `unexpected \`${text[i]}\` where a value was expected`);
    i += match![0].length;
  };
  try {
    value(0);
    space();
    if (i < text.length) fail(`unexpected \`${text[i]}\` after the end of the document`);
    return undefined;
  } catch (error) {
    return { at: (error as { at: number }).at, what: (error as Error).message };
  }
}

function parseYamlText(text: string, source: string): unknown {
  try {
    return parseYaml(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const position = error.linePos?.[0];
      throw new InputError(`${source}: not valid YAML: ${position ? `line ${position.line}, column ${position.col}: ` : ''}${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    throw new InputError(`${source}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function parseTomlText(text: string, source: string): unknown {
  try {
    return parseToml(text);
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    const message = (error as Error).message.split('\n')[0].replace(/^Invalid TOML document: /, '');
    throw new InputError(`${source}: not valid TOML: ${line ? `line ${line}, column ${column ?? 1}: ` : ''}${message}`);
  }
}
