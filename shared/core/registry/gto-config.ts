import { parse as parseYaml } from 'yaml';
import { InputError } from '../../errors.js';

/** GTO's configuration file at the repository root (gto `config.py`, `CONFIG_FILE_NAME`). */
export const GTO_CONFIG_FILE = '.gto';

/** The part of `.gto` mlgate obeys: `null` means "not set" (any name allowed), as in GTO. */
export interface GtoConfig {
  stages: string[] | null;
  types: string[] | null;
}

// GTO's `assert_name_is_valid` (the `name` pattern of `constants.py`), applied to listed stages and types.
const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;

/**
 * Reads `.gto` as GTO does (`read_registry_config`: YAML, an empty file is `{}`, `stages` and
 * `types` optional lists of valid names; anything else is GTO's `WrongConfig`). `where` names the
 * file in messages (e.g. `.gto at abc123def456`).
 */
export function parseGtoConfig(text: string, where: string = GTO_CONFIG_FILE): GtoConfig {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new InputError(`${where}: not valid YAML (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
  if (document === null || document === undefined) return { stages: null, types: null };
  if (typeof document !== 'object' || Array.isArray(document)) throw new InputError(`${where}: expected a mapping with \`stages:\` and \`types:\` lists`);
  const fields = document as Record<string, unknown>;
  return { stages: nameList(fields.stages, 'stages', where), types: nameList(fields.types, 'types', where) };
}

function nameList(value: unknown, key: string, where: string): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw new InputError(`${where}: \`${key}\` must be a list of names, got ${typeof value === 'object' ? 'a mapping' : JSON.stringify(value)}`);
  return value.map((item, i) => {
    if (typeof item !== 'string' || !NAME.test(item)) {
      throw new InputError(`${where}: \`${key}[${i}]\` (${JSON.stringify(item)}) is not a valid name: letters, digits, \`-\`, \`_\`, \`/\`, starting and ending with a letter or digit`);
    }
    return item;
  });
}

/** GTO's `assert_stage`: with `stages:` set, other stages are refused (`gto assign` does the same). */
export function checkStageAllowed(config: GtoConfig, stage: string, where: string = GTO_CONFIG_FILE): void {
  if (config.stages !== null && !config.stages.includes(stage)) {
    const allowed = config.stages.length ? config.stages.map((s) => `\`${s}\``).join(', ') : 'none (the list is empty)';
    throw new InputError(`${where}: stage \`${stage}\` is not one of the stages it allows: ${allowed}`);
  }
}
