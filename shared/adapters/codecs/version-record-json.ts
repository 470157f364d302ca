import { InputError } from '../../errors.js';
import type { StoredFile, VersionRecord } from '../../core/registry/model-registry.js';
import schema from '../../../schemas/local-version.schema.json' with { type: 'json' };
import { fileNameProblem } from '../registry/names.js';
import { jsonFileCodec } from './json-file.js';
import { schemaChecker } from './json-schema.js';
import { count, decodeShape, list, nullable, object, optional, ShapeMismatch, string, type Shape } from './json-shape.js';

/**
 * `.version.json`, the local registry's record of a published version (`schemas/local-version.schema.json`):
 * a `VersionRecord` and the commit it was published on. The store is a folder anyone with write
 * access can edit, so a record is input like any other: a wrong type, a missing field or a file
 * name that is not one plain path segment is an `InputError` naming the file and the field.
 */
export interface LocalVersionRecord extends VersionRecord {
  /** HEAD of the git work tree holding the store at publish time; null outside one; absent in older records. */
  commit?: string | null;
}

const fileName: Shape<string> = (value, at) => {
  const name = string(value, at);
  const problem = fileNameProblem(name);
  if (problem) throw new ShapeMismatch(at, `${JSON.stringify(name)} ${problem}, expected a plain file name`);
  return name;
};

const sha256: Shape<string> = (value, at) => {
  const digest = string(value, at);
  if (!/^[0-9a-f]{64}$/.test(digest)) throw new ShapeMismatch(at, 'is not a SHA-256 digest (64 lower-case hex digits)');
  return digest;
};

const commit: Shape<string> = (value, at) => {
  const id = string(value, at);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(id)) throw new ShapeMismatch(at, 'is not a git commit id');
  return id;
};

const RECORD = object<LocalVersionRecord>({
  model: string,
  version: string,
  tag: string,
  files: list(object<StoredFile>({ name: fileName, sha256, size: count })),
  published_at: string,
  commit: optional(nullable(commit)),
});

const HINT = 'the local registry is damaged or was edited by hand';

const codec = jsonFileCodec<LocalVersionRecord>({
  what: 'version record',
  schema: schemaChecker(schema, 'is not a valid version record'),
  decode: (value, source) => decodeShape(RECORD, value, source),
});

export function encodeVersionRecord(record: LocalVersionRecord): string {
  return codec.encode(record);
}

/**
 * The record in `text`, read from `source` (the file, for messages), which must be the record of
 * `model`@`version` (the folder it was found in).
 */
export function decodeVersionRecord(text: string, source: string, model: string, version: string): LocalVersionRecord {
  let record: LocalVersionRecord;
  try {
    record = codec.decode(text, source);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${error.message} — ${HINT}`);
    throw error;
  }
  if (record.model !== model || record.version !== version) {
    throw new InputError(`${source}: \`model\` and \`version\` are ${JSON.stringify(record.model)} and ${JSON.stringify(record.version)}, but the record is in the folder of ${model}@v${version} — ${HINT}`);
  }
  return record;
}
