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
 */
export function mergeProfiles(parts: readonly NamedProfile[]): DataProfile {
  if (parts.length === 0) throw new InputError('profile merge: no profiles to merge');
  const [first, ...rest] = parts;
  let merged = first.profile;
  for (const part of rest) {
    checkSameBasis(first, part);
    merged = mergeTwo(merged, part.profile);
  }
  return merged;
}

export function checkSameBasis(a: NamedProfile, b: NamedProfile): void {
  if (a.profile.basis === b.profile.basis) return;
  const names = (p: DataProfile) => p.columns.map((c) => c.name).join(', ');
  const why = names(a.profile) !== names(b.profile)
    ? `their columns differ (${a.source}: ${names(a.profile)}; ${b.source}: ${names(b.profile)})`
    : `column \`${a.profile.columns.find((c, i) => JSON.stringify(c.kind === 'numeric' ? c.edges : c.categories) !== JSON.stringify(((x) => (x.kind === 'numeric' ? x.edges : x.categories))(b.profile.columns[i])))?.name ?? a.profile.columns[0]?.name}\` has different edges or categories`;
  throw new InputError(`${a.source} and ${b.source} are not counted on the same reference (field \`basis\`: ${a.profile.basis.slice(0, 12)}… vs ${b.profile.basis.slice(0, 12)}…): ${why}. Count every part with --reference-profile set to the same reference profile`);
}

function mergeTwo(a: DataProfile, b: DataProfile): DataProfile {
  return {
    ...a,
    rows: a.rows + b.rows,
    sources: [...a.sources, ...b.sources],
    columns: a.columns.map((column, i) => mergeColumn(column, b.columns[i])),
    extra_columns: [...new Set([...a.extra_columns, ...b.extra_columns])].sort(),
  };
}

function mergeColumn(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  const add = (x: number[], y: number[]) => x.map((v, i) => v + y[i]);
  if (a.kind === 'numeric' && b.kind === 'numeric') {
    return {
      ...a, counts: add(a.counts, b.counts), missing: a.missing + b.missing, stray: a.stray + b.stray,
      infinite: { negative: a.infinite.negative + b.infinite.negative, positive: a.infinite.positive + b.infinite.positive },
      finite: mergeMoments(a.finite, b.finite),
    };
  }
  if (a.kind === 'categorical' && b.kind === 'categorical') {
    const base = { ...a, other: { rows: a.other.rows + b.other.rows, categories: Math.max(a.other.categories, b.other.categories) } };
    return { ...base, counts: add(a.counts, b.counts), missing: a.missing + b.missing, ...withNewCategories(base, b.new_categories) };
  }
  throw new Error(`merge: column \`${a.name}\` changed kind under an equal basis digest`);
}
