import { globSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { readTypedTable } from '../adapters/data/read-typed-table.js';
import type { Delimiter } from '../adapters/data/table.js';
import { addTypedTable, checkBasisColumns, columnsNeedingText } from '../adapters/data/profile-table.js';
import { readSqlResult } from '../adapters/data/sql-result.js';
import { encodeProfile, readProfile } from '../adapters/codecs/profile-json.js';
import { profileBuilderOn, referenceProfileBuilder } from '../core/profile/build-profile.js';
import { mergeProfiles, type NamedProfile } from '../core/profile/merge-profiles.js';
import { profileFromSqlRows, profileSql, type SqlDialect } from '../core/profile/profile-sql.js';
import type { DataProfile } from '../core/profile/profile.js';

export interface ProfileCommandOptions {
  /** Data files or glob patterns: profiled together. */
  data?: string[];
  referenceProfile?: string;
  /** Profile files or glob patterns to add up. */
  merge?: string[];
  emitSql?: boolean;
  table?: string;
  dialect?: SqlDialect;
  fromSqlResult?: string;
  delimiter?: Delimiter;
  /** Columns of the data not profiled (the target, ids): absent from the profile, so current data need not have them. */
  exclude?: string[];
}

export interface ProfileOutcome {
  /** The profile JSON, or the SQL query (`emitSql`). */
  document: string;
  profile?: DataProfile;
}

/**
 * `mlgate profile`, in one of four forms: `--data` (a reference profile, or with
 * `--reference-profile` a profile counted on its basis), `--merge` (`mlgate profile merge a b …`),
 * `--emit-sql` (the query that counts a table on a reference's basis) and `--from-sql-result`
 * (that query's result as a profile).
 */
export async function profile(options: ProfileCommandOptions): Promise<ProfileOutcome> {
  const forms = [
    options.data && '--data', options.merge && '--merge', options.emitSql && '--emit-sql', options.fromSqlResult && '--from-sql-result',
  ].filter(Boolean);
  if (forms.length !== 1) {
    throw new InputError(forms.length === 0
      ? 'profile needs one of --data (data files), --merge (profiles to add up), --emit-sql (a SQL query) or --from-sql-result (its result)'
      : `give one of ${forms.join(', ')}, not several`);
  }
  const reference = options.referenceProfile === undefined ? undefined : { source: options.referenceProfile, profile: readProfile(options.referenceProfile) };
  if (options.merge) {
    if (reference) throw new InputError('--merge adds up profiles already counted on one reference; --reference-profile is not used with it');
    const paths = expand(options.merge, 'profile');
    // Read as they are added: one shard's lists at a time, not all of them.
    const parts = function* (): Generator<NamedProfile> {
      for (const path of paths) yield { source: path, profile: readProfile(path) };
    };
    return result(mergeProfiles(parts()));
  }
  if (options.emitSql) {
    if (!reference) throw new InputError('--emit-sql needs --reference-profile (the query counts on its edges and categories)');
    if (!options.table) throw new InputError('--emit-sql needs --table (the table or view to count, as the engine names it)');
    return { document: profileSql(reference.profile, options.table, options.dialect ?? 'ansi') };
  }
  if (options.fromSqlResult) {
    if (!reference) throw new InputError('--from-sql-result needs --reference-profile (the profile the query was written for)');
    return result(profileFromSqlRows(readSqlResult(options.fromSqlResult), reference.profile, options.fromSqlResult));
  }
  if (reference && options.exclude) throw new InputError('--exclude applies to the reference profile only: data counted on it is profiled on its columns');
  return result(await profileOfData(expand(options.data!, 'data'), reference, options.delimiter, options.exclude));
}

function result(profile: DataProfile): ProfileOutcome {
  return { document: encodeProfile(profile), profile };
}

/** Profile of data files (one or more), as the reference or on a reference's basis. */
export async function profileOfData(paths: string[], reference: NamedProfile | undefined, delimiter: Delimiter | undefined, exclude: string[] = []): Promise<DataProfile> {
  const source = paths.join(', ');
  const builder = reference ? profileBuilderOn(reference.profile, source) : referenceProfileBuilder(source);
  for (const path of paths) {
    // Typed columns (8 bytes a number, categories as codes): a 10-million-row column is 80 MB, not 10 million strings.
    const read = await readTypedTable(path, delimiter ? { delimiter } : {});
    const table = exclude.length === 0 ? read : { ...read, columns: read.columns.filter((c) => !exclude.includes(c)) };
    if (reference) checkBasisColumns(reference.profile.columns.map((c) => c.name), table, reference.source);
    const needText = columnsNeedingText(builder, table);
    if (needText.size > 0) {
      const again = await readTypedTable(path, { ...(delimiter ? { delimiter } : {}), columns: needText, keepText: needText });
      for (const name of needText) table.typed.set(name, again.typed.get(name)!);
    }
    addTypedTable(builder, table);
  }
  return builder.finish();
}

/** Paths and glob patterns → files, each pattern's matches sorted; a pattern that matches nothing is an error. */
function expand(patterns: string[], what: string): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!/[*?[{]/.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = globSync(pattern).filter((p) => statSync(p).isFile()).sort();
    if (matches.length === 0) throw new InputError(`${pattern}: no ${what} file matches this pattern`);
    files.push(...matches);
  }
  return files;
}
