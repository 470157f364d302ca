import { InputError } from '../../errors.js';
import { basisDigest, FINE_BINS, PROFILE_FORMAT, PROFILE_VERSION, type CategoricalProfile, type ColumnProfile, type DataProfile, type NumericProfile } from '../../core/profile/profile.js';
import schema from '../../../schemas/profile.schema.json' with { type: 'json' };
import { jsonFileCodec } from './json-file.js';
import { toJsonInlineNumbers } from './json.js';
import { schemaChecker } from './json-schema.js';
import { boolean, count, decodeShape, list, nullable, number, object, oneOf, ShapeMismatch, string, type Shape } from './json-shape.js';

/**
 * `profile.json`, what `mlgate profile` writes (`shared/core/profile/profile.ts`), read back by
 * `profile --merge`, `profile --reference-profile` and `drift --reference-profile/--current-profile`.
 * Read in four steps: the format version (a newer one is refused by name: it may count differently),
 * the schema, the shape, then what neither can check — lengths that must agree, edges in order,
 * categories sorted, and `basis` recomputed from the columns, so an edited file is refused before
 * its counts are added to another's.
 */
/**
 * `list(number)` and `list(count)` for the long lists (a thousand per column), without a path string
 * per element: the element's path is only made for the message when one does not fit. The parsed
 * list is checked and kept, not copied (it is the parser's, and nothing else holds it); an element
 * that is not a plain number (`"Infinity"`) is replaced by its decoded value.
 */
function longList(item: Shape<number>): Shape<number[]> {
  const counts = item !== number;
  return (value, at) => {
    if (!Array.isArray(value)) return list(item)(value, at);
    const values = value as unknown[];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!(typeof v === 'number' && (!counts || (Number.isInteger(v) && v >= 0)))) values[i] = item(v, `${at}[${i}]`);
    }
    return values as number[];
  };
}

const NUMERIC = object<NumericProfile>({
  name: string, kind: oneOf(['numeric'] as const), edges: longList(number),
  reference_range: nullable(object<NonNullable<NumericProfile['reference_range']>>({ min: number, max: number })),
  counts: longList(count), missing: count, stray: count,
  infinite: object<NumericProfile['infinite']>({ negative: count, positive: count }),
  finite: object<NumericProfile['finite']>({ count, sum: number, m2: number, min: nullable(number), max: nullable(number) }),
});

const CATEGORICAL = object<CategoricalProfile>({
  name: string, kind: oneOf(['categorical'] as const), categories: list(string), reference_folded: boolean, counts: longList(count),
  new_categories: list(object<CategoricalProfile['new_categories'][number]>({ name: string, count })),
  other: object<CategoricalProfile['other']>({ rows: count, categories: count }), missing: count,
});

const COLUMN: Shape<ColumnProfile> = (value, at) => {
  const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
  if (kind === 'numeric') return NUMERIC(value, at);
  if (kind === 'categorical') return CATEGORICAL(value, at);
  throw new ShapeMismatch(`${at}.kind`, `is ${JSON.stringify(kind) ?? 'missing'}, expected one of numeric, categorical`);
};

const PROFILE = object<DataProfile>({
  format: oneOf([PROFILE_FORMAT] as const), version: count, rows: count, sources: list(string), basis: string,
  columns: list(COLUMN), extra_columns: list(string),
});

const checkSchema = schemaChecker(schema, 'is not a valid profile');

const codec = jsonFileCodec<DataProfile>({
  what: 'profile',
  encode: toJsonInlineNumbers, // two thousand numbers per column: one line each would double the text to read
  schema: (value, source) => {
    const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
    if (typeof version === 'number' && version > PROFILE_VERSION) {
      throw new InputError(`${source}: field \`version\` is ${version}, a profile format newer than this mlgate reads (${PROFILE_VERSION}); use the mlgate that wrote it, or make the profile again with this one`);
    }
    checkSchema(value, source);
  },
  decode: (value, source) => checkConsistent(decodeShape(PROFILE, value, source, 'is this the output of `mlgate profile`?'), source),
});

function checkConsistent(profile: DataProfile, source: string): DataProfile {
  const fail = (at: string, problem: string) => {
    throw new InputError(`${source}: field \`${at}\` ${problem}; the file was edited or damaged — make it again with \`mlgate profile\``);
  };
  profile.columns.forEach((column, i) => {
    const at = `columns[${i}]`;
    if (column.kind === 'numeric') {
      if (column.edges.length !== 0 && column.edges.length !== FINE_BINS - 1) fail(`${at}.edges`, `has ${column.edges.length} edges, expected ${FINE_BINS - 1} (or none)`);
      if (column.counts.length !== column.edges.length + 3) fail(`${at}.counts`, `has ${column.counts.length} counts, expected ${column.edges.length + 3} (edges + 3)`);
      const edges = column.edges;
      for (let j = 0; j < edges.length; j++) if (Number.isNaN(edges[j]) || (j > 0 && edges[j] < edges[j - 1])) fail(`${at}.edges[${j}]`, 'is out of order');
      if (column.edges.length > 0 && column.reference_range === null) fail(`${at}.reference_range`, 'is null although the column has edges');
    } else {
      if (column.counts.length !== column.categories.length) fail(`${at}.counts`, `has ${column.counts.length} counts for ${column.categories.length} categories`);
      const unsorted = column.categories.findIndex((c, j) => j > 0 && !(column.categories[j - 1] < c));
      if (unsorted >= 0) fail(`${at}.categories[${unsorted}]`, 'is not sorted or repeats a category');
    }
  });
  if (basisDigest(profile.columns) !== profile.basis) fail('basis', 'does not match the digest of the columns\' edges and categories');
  return profile;
}

export function encodeProfile(profile: DataProfile): string {
  return codec.encode(profile);
}

export function decodeProfile(text: string, source: string): DataProfile {
  return codec.decode(text, source);
}

export function readProfile(path: string): DataProfile {
  return codec.read(path);
}

export function writeProfile(path: string, profile: DataProfile): void {
  codec.write(path, profile);
}
