import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../../../schemas/models.schema.json' with { type: 'json' };
import { InputError } from '../../errors.js';
import type { ModelEntry, ModelManifest } from '../../core/models/manifest.js';
import { checkModelName } from '../registry/names.js';

/** Where the manifest lives: the repository root, beside the gate policy keys it shares the file with. */
export const MANIFEST_FILE = '.mlgate.yml';

let validate: ReturnType<Ajv2020['compile']> | undefined;

/**
 * Reads the `models` key of `.mlgate.yml` (schemas/models.schema.json). Every error names the
 * file, the line and the key, e.g. `.mlgate.yml:12: models[3].paths[0] must NOT have fewer than 1
 * characters`; two models of one name are refused (naming both lines), as are names the registry
 * would refuse. The file's other keys (the gate policy) are left to the policy's reader.
 */
export function parseModelManifest(text: string, source: string): ModelManifest {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = path.length === 0 ? document.contents : document.getIn(path, true);
    const offset = isNode(node) ? node.range?.[0] : undefined;
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  const where = (path: (string | number)[]) => {
    const line = lineOf(path) ?? lineOf(path.slice(0, -1));
    return `${source}${line === undefined ? '' : `:${line}`}`;
  };
  if (document.errors.length > 0) {
    const [first] = document.errors;
    throw new InputError(`${source}:${lines.linePos(first.pos[0]).line}: not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const value = plain(document);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'models')) {
    throw new InputError(`${source}: no \`models\` list: a many-models repository lists its models there, e.g. \`models: [{name: churn, paths: ['models/churn/**']}]\``);
  }
  validate ??= new Ajv2020({ allErrors: false, strict: true }).compile(schema);
  if (!validate(value)) {
    const error = (validate.errors ?? [])[0] as ErrorObject | undefined;
    const path = pointerPath(error?.instancePath ?? '');
    throw new InputError(`${where(path)}: ${keyName(path)} ${describe(error)}`);
  }
  const models = (value as { models: ModelEntry[] }).models;
  const seen = new Map<string, number>();
  models.forEach((model, i) => {
    try {
      checkModelName(model.name);
    } catch (error) {
      throw new InputError(`${where(['models', i, 'name'])}: models[${i}].name: ${(error as Error).message}`);
    }
    const first = seen.get(model.name);
    if (first !== undefined) {
      throw new InputError(`${where(['models', i, 'name'])}: models[${i}].name: \`${model.name}\` is already the name of models[${first}] (line ${lineOf(['models', first, 'name']) ?? '?'}); model names must be unique`);
    }
    seen.set(model.name, i);
  });
  return {
    models: models.map((model) => ({
      name: model.name, paths: model.paths, blocking: model.blocking ?? true, with: model.with ?? {},
    })),
  };
}

/** The document as plain JSON values (YAML dates and big integers as JSON would hold them). */
function plain(document: Document): unknown {
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  return JSON.parse(JSON.stringify(value ?? null, (_key, item: unknown) => (typeof item === 'bigint' ? Number(item) : item))) as unknown;
}

function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~')).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `models[3].paths[0]`: the key as a reader finds it in the file. */
function keyName(path: (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('');
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'is not valid';
  const params = error.params as Record<string, unknown>;
  if (error.propertyName !== undefined) {
    return `has a key \`${error.propertyName}\` a workflow cannot read as matrix.<key> (use a letter or _, then letters, digits, _ or -, at most 64; \`model\` holds the name)`;
  }
  switch (error.keyword) {
    case 'required':
      return `needs \`${String(params.missingProperty)}\``;
    case 'additionalProperties':
      return `has an unknown key \`${String(params.additionalProperty)}\` (known: name, paths, blocking, with; put your own inputs under \`with\`)`;
    case 'pattern':
      return error.instancePath.includes('/paths/')
        ? 'must be a glob relative to the repository root (no leading `/`, and `!` must be followed by a pattern)'
        : 'must be a model name: letters, digits, `-`, `_` and `/` for namespaces, starting and ending with a letter or digit';
    default:
      return error.message ?? 'is not valid';
  }
}
