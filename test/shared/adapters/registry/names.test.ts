import { describe, expect, it } from 'vitest';
import { checkModelName, compareVersions, fileNameProblem, normaliseVersion, parseTag, stageTag, versionTag } from '../../../../shared/adapters/registry/names.js';

describe('GTO tag grammar', () => {
  it('formats and parses version and stage tags', () => {
    expect(versionTag('churn', '1.2.0')).toBe('churn@v1.2.0');
    expect(versionTag('team/churn', 'v1.2.0-rc.1')).toBe('team/churn@v1.2.0-rc.1');
    expect(stageTag('churn', 'production', 3)).toBe('churn#production#3');
    expect(parseTag('churn@v1.2.0')).toEqual({ kind: 'version', model: 'churn', version: '1.2.0' });
    expect(parseTag('churn#prod#3')).toEqual({ kind: 'stage', model: 'churn', stage: 'prod', unassign: false, eventNumber: 3 });
    expect(parseTag('churn#prod!#4')).toEqual({ kind: 'stage', model: 'churn', stage: 'prod', unassign: true, eventNumber: 4 });
    expect(parseTag('churn#prod')).toMatchObject({ kind: 'stage', eventNumber: null });
    expect(parseTag('v1.0.0')).toBeUndefined();
  });

  it('refuses bad names and versions with a clear message', () => {
    for (const name of ['-a', 'a-', 'a b', 'a//b', 'ä', '']) expect(() => checkModelName(name)).toThrow(/model name/);
    for (const version of ['1.2', '01.2.3', 'v1', '1.2.3.4', 'latest']) expect(() => normaliseVersion(version)).toThrow(/not a semantic version/);
  });

  it('orders versions by SemVer precedence', () => {
    const sorted = ['1.0.0', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '0.9.9', '1.10.0', '1.2.0'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.2.0', '1.10.0']);
  });
});

describe('stored file names', () => {
  it('accepts one plain path segment', () => {
    for (const name of ['model.bin', 'MODEL_CARD.md', 'weights-v1 (final).bin', 'über.json']) expect(fileNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'is empty or has leading or trailing blanks'],
    [' model.bin', 'is empty or has leading or trailing blanks'],
    ['..', 'starts with `.` (hidden, or `..`)'],
    ['.env', 'starts with `.` (hidden, or `..`)'],
    ['a/b', 'holds a path separator'],
    ['a\\b', 'holds a path separator'],
    ['C:x', 'holds a path separator'],
    ['a\u0000b', 'holds a control character'],
    ['a\nb', 'holds a control character'],
    ['x'.repeat(256), 'is longer than 255 characters'],
  ])('refuses %j: %s', (name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });
});
