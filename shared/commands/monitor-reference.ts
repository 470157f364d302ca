import { existsSync } from 'node:fs';
import type { RunEnvironment } from '../adapters/environment.js';
import { InputError } from '../errors.js';
import { openRegistry } from '../adapters/registry/open-registry.js';
import { decodeLineage } from '../adapters/codecs/lineage-json.js';
import { digestFile } from '../adapters/files/digest.js';

export interface RegistryReferenceOptions {
  model: string;
  /** The stage whose version's training data is the reference (e.g. `production`). */
  stage: string;
  store: string | undefined;
  /** Which of the lineage's data files, by name, when it records more than one. */
  dataName?: string;
  token: string | undefined;
  environment: RunEnvironment;
  warn: (message: string) => void;
}

/**
 * The reference the model in `stage` was trained on: the data file its lineage.json records, at
 * the path recorded (relative to the working directory, as `publish --data` was given), and only if
 * its SHA-256 is the recorded one. A file that changed since is refused: drift against other data
 * than the model saw would answer the wrong question.
 */
export async function referenceFromRegistry(options: RegistryReferenceOptions): Promise<{ path: string; version: string }> {
  const registry = openRegistry(options.store, { environment: options.environment, token: options.token, warn: options.warn });
  const { version } = await registry.resolve(options.model, { stage: options.stage });
  const where = `${options.model}@v${version}/lineage.json`;
  const text = await registry.readDocument(options.model, version, 'lineage.json');
  if (text === undefined) throw new InputError(`${where}: the ${options.stage} version has no lineage; give --reference (the data it was trained on)`);
  const local = decodeLineage(text, where).data
    .map((d) => ({ name: d.name, sha256: d.sha256, path: d.path ?? (d.uri && !/^[a-z][a-z0-9+.-]*:/i.test(d.uri) ? d.uri : undefined) }))
    .filter((d): d is { name: string; sha256: string; path: string } => d.path !== undefined);
  const names = local.map((d) => `\`${d.name}\``).join(', ');
  const chosen = options.dataName === undefined ? local : local.filter((d) => d.name === options.dataName || d.path === options.dataName);
  if (chosen.length === 0) {
    throw new InputError(options.dataName === undefined
      ? `${where}: records no data file with a path (publish it with --data); give --reference`
      : `${where}: records no data file \`${options.dataName}\` (it records ${names || 'none'})`);
  }
  if (chosen.length > 1) throw new InputError(`${where}: records ${chosen.length} data files (${names}): name the training data with --reference-data`);
  const [data] = chosen;
  if (!existsSync(data.path)) throw new InputError(`${data.path}: the training data of ${options.model} v${version} (${where}) is not in the working directory; check it out, or give --reference`);
  const { sha256 } = await digestFile(data.path);
  if (sha256 !== data.sha256) {
    throw new InputError(`${data.path}: its SHA-256 is ${sha256.slice(0, 12)}…, not the ${data.sha256.slice(0, 12)}… ${options.model} v${version} was trained on (${where}): check out the commit the lineage records, or give --reference`);
  }
  return { path: data.path, version };
}
