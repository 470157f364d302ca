import { extname } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { InputError, messageOf } from '../../errors.js';
import { flattenObject, type FlatValue } from '../../core/train/flatten.js';
import { readJsonText } from '../files/files.js';

/**
 * A parameters or metrics file (`params.yaml`, `metrics.json`, `pyproject`-style TOML), read by
 * its extension (`.json`; `.toml`; anything else as YAML, which also reads JSON) and flattened with
 * dots as DVC does. The top level must be a mapping. Parser errors name the file and the line;
 * `what` says which file it is (`params`, `metrics`). Values TOML or YAML read as dates become
 * their ISO text, as they would in JSON.
 */
export function readFlatFile(path: string, what: string, shown = path): Record<string, FlatValue> {
  let text: string;
  try {
    text = readJsonText(path, `${what} file`);
  } catch (error) {
    throw error instanceof InputError ? new InputError(error.message.replace(path, shown)) : error;
  }
  const extension = extname(path).toLowerCase();
  let value: unknown;
  try {
    if (extension === '.json') value = JSON.parse(text);
    else if (extension === '.toml') value = parseToml(text);
    else value = parseYaml(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    // smol-toml's message holds the line only in a code excerpt; its error carries the position.
    const { line, column } = error as { line?: number; column?: number };
    const at = extension === '.toml' && typeof line === 'number' ? ` (line ${line}${typeof column === 'number' ? `, column ${column}` : ''})` : '';
    throw new InputError(`${shown}: ${what} file is not valid ${extension === '.json' ? 'JSON' : extension === '.toml' ? 'TOML' : 'YAML'}${at}: ${messageOf(error).split('\n')[0]}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${shown}: ${what} file must hold a mapping of names to values at the top`);
  }
  const plain = JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? Number(item) : item))) as Record<string, unknown>;
  return flattenObject(plain, (key) => {
    throw new InputError(`${shown}: ${what} file names \`${key}\` twice once nested keys are joined with dots`);
  });
}
