import { describe, expect, it } from 'vitest';
import { addTable } from '../../../../shared/adapters/data/profile-table.js';
import { decodeProfile, encodeProfile } from '../../../../shared/adapters/codecs/profile-json.js';
import { referenceProfileBuilder } from '../../../../shared/core/profile/build-profile.js';
import { doubleLiteral, profileFromSqlRows, profileSql } from '../../../../shared/core/profile/profile-sql.js';
import { tableOf } from '../../../support/tables.js';

const reference = (() => {
  const builder = referenceProfileBuilder('ref.csv');
  addTable(builder, tableOf('ref.csv', { 'odd "name"': [0.1, -0, 3, 'inf', '', 5e-324], colour: ['a', 'b', 'a', 'NA', 'c', 'b'] }));
  return builder.finish();
})();

describe('profileSql', () => {
  it('writes edges as E-notation literals that read back as the same doubles', () => {
    for (const value of [0.1, 1 / 3, 5e-324, -1.7976931348623157e308, 123456789.125, -0]) expect(Number(doubleLiteral(value))).toBe(value === 0 ? 0 : value);
    expect(doubleLiteral(0.1)).toBe('1E-1');
  });

  it('quotes identifiers per dialect', () => {
    expect(profileSql(reference, 't')).toContain('CAST("odd ""name""" AS DOUBLE)');
    expect(profileSql(reference, 't', 'spark')).toContain('CAST(`odd "name"` AS DOUBLE)');
    expect(profileSql(reference, 't', 'bigquery')).toContain('AS FLOAT64');
    // +Infinity is the reference maximum: no bin above it.
    expect(profileSql(reference, 't')).not.toMatch(/<= Infinity/);
  });
});

describe('profileFromSqlRows', () => {
  const rows = [{ column_name: '', part: 'rows', n: 2 }, { column_name: 'colour', part: 'category', category: 'a', n: 2 }];
  const numeric = (values: number, finite: number) => [
    { column_name: 'odd "name"', part: 'bin', bin: 1, n: values },
    { column_name: 'odd "name"', part: 'values', n: values, lo: 0, hi: 1 },
    { column_name: 'odd "name"', part: 'negative_infinity', n: 0 },
    { column_name: 'odd "name"', part: 'positive_infinity', n: 0 },
    { column_name: 'odd "name"', part: 'finite', n: finite, total: 0, m2: 0, lo: 0, hi: 0 },
  ];

  it('reads counts as numbers, strings or bigints', () => {
    const profile = profileFromSqlRows([...rows, ...numeric(2, 2).map((r) => ({ ...r, n: BigInt(r.n) }))], reference, 'r.json');
    expect(profile.rows).toBe(2);
    expect(profile.columns[1]).toMatchObject({ counts: [2, 0, 0], missing: 0 });
  });

  it('refuses NaN values, naming the column', () => {
    expect(() => profileFromSqlRows([...rows, ...numeric(2, 1)], reference, 'r.json')).toThrow(/r\.json: column `odd "name"` holds 1 values that are neither finite nor infinite \(NaN\)/);
  });

  it('refuses a result for another table layout, naming the row and field', () => {
    expect(() => profileFromSqlRows([...rows, { column_name: 'other', part: 'bin', bin: 0, n: 1 }], reference, 'r.csv')).toThrow(/r\.csv: row 3: field `column_name` is `other`/);
    expect(() => profileFromSqlRows(numeric(2, 2), reference, 'r.csv')).toThrow(/no row with part `rows`/);
  });
});

describe('the profile file', () => {
  it('round-trips −0, ±Infinity and the basis digest', () => {
    const text = encodeProfile(reference);
    const decoded = decodeProfile(text, 'p.json');
    expect(encodeProfile(decoded)).toBe(text);
    expect(decoded.basis).toBe(reference.basis);
    expect(decoded.columns[0]).toMatchObject({ reference_range: { max: Infinity }, infinite: { positive: 1 } });
  });
});
