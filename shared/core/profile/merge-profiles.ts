import { InputError } from '../../errors.js';
import { mergeMoments, withNewCategories } from './build-profile.js';
import type { ColumnProfile, DataProfile } from './profile.js';

/** A profile with the name it was read from, for messages. */
export interface NamedProfile {
  source: string;
  profile: DataProfile;
}

/**
 * Profiles of disjoint data on one basis → the profile of all of it. Counts add, so the result is
 * exactly the profile of the concatenated data, in any grouping and order (sums and M2 of the finite
 * values up to floating-point rounding). Profiles on different bases are refused, naming both files.
 *
 * The parts are taken one at a time (an iterable: the CLI reads each file as it is added) and added
 * into one running total, so 64 shards are never all held at once and no list of counts is copied per
 * part. The given profiles are not changed.
 */
export function mergeProfiles(parts: Iterable<NamedProfile>): DataProfile {
  let first: NamedProfile | undefined;
  let total: DataProfile | undefined;
  let count = 0;
  const extra = new Set<string>();
  for (const part of parts) {
    count++;
    if (!first || !total) {
      first = part;
      total = copyForTotal(part.profile);
    } else {
      checkSameBasis(first, part);
      addInto(total, part.profile);
    }
    for (const name of part.profile.extra_columns) extra.add(name);
  }
  if (!total) throw new InputError('profile merge: no profiles to merge');
  if (count > 1) total.extra_columns = [...extra].sort();
  return total;
}

/** A profile whose lists the running total may add into (the part it came from stays as it was). */
function copyForTotal(profile: DataProfile): DataProfile {
  return {
    ...profile,
    sources: [...profile.sources],
    columns: profile.columns.map((column) => (column.kind === 'numeric' ? { ...column, counts: [...column.counts] } : column)),
  };
}

/** Adds profile b into the running total (same basis). */
function addInto(total: DataProfile, b: DataProfile): void {
  total.rows += b.rows;
  total.sources.push(...b.sources);
  total.columns = total.columns.map((column, i) => {
    const other = b.columns[i];
    if (column.kind !== 'numeric' || other.kind !== 'numeric') return mergeColumn(column, other);
    const counts = column.counts;
    for (let k = 0; k < counts.length; k++) counts[k] += other.counts[k];
    column.missing += other.missing;
    column.stray += other.stray;
    column.infinite = { negative: column.infinite.negative + other.infinite.negative, positive: column.infinite.positive + other.infinite.positive };
    column.finite = mergeMoments(column.finite, other.finite);
    return column;
  });
}

export function checkSameBasis(a: NamedProfile, b: NamedProfile): void {
  if (a.profile.basis === b.profile.basis) return;
  const names = (p: DataProfile) => p.columns.map((c) => c.name).join(', ');
  const why = names(a.profile) !== names(b.profile)
    ? `their columns differ (${a.source}: ${names(a.profile)}; ${b.source}: ${names(b.profile)})`
    : `column \`${a.profile.columns.find((c, i) => JSON.stringify(c.kind === 'numeric' ? c.edges : c.categories) !== JSON.stringify(((x) => (x.kind === 'numeric' ? x.edges : x.categories))(b.profile.columns[i])))?.name ?? a.profile.columns[0]?.name}\` has different edges or categories`;
  throw new InputError(`${a.source} and ${b.source} are not counted on the same reference (field \`basis\`: ${a.profile.basis.slice(0, 12)}… vs ${b.profile.basis.slice(0, 12)}…): ${why}. Count every part with --reference-profile set to the same reference profile`);
}

/** Two categorical columns added (numeric ones are added in place above). */
function mergeColumn(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  const add = (x: number[], y: number[]) => x.map((v, i) => v + y[i]);
  if (a.kind === 'categorical' && b.kind === 'categorical') {
    const base = { ...a, other: { rows: a.other.rows + b.other.rows, categories: Math.max(a.other.categories, b.other.categories) } };
    return { ...base, counts: add(a.counts, b.counts), missing: a.missing + b.missing, ...withNewCategories(base, b.new_categories) };
  }
  throw new Error(`merge: column \`${a.name}\` changed kind under an equal basis digest`);
}
