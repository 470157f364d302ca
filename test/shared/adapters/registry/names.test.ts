import { describe, expect, it } from 'vitest';
import { checkModelName, checkStageName, compareVersions, fileNameProblem, normaliseVersion, parseTag, stageTag, versionTag } from '../../../../shared/adapters/registry/names.js';

describe('GTO tag grammar', () => {
  it('formats and parses version and stage tags', () => {
    expect(versionTag('churn', '1.2.0')).toBe('churn@v1.2.0');
    expect(versionTag('team/churn', 'v1.2.0-rc.1')).toBe('team/churn@v1.2.0-rc.1');
    expect(stageTag('churn', 'production', 3)).toBe('churn#production#3');
    expect(parseTag('churn@v1.2.0')).toEqual({ kind: 'version', model: 'churn', version: '1.2.0', deregister: false, eventNumber: null });
    expect(parseTag('churn#prod#3')).toEqual({ kind: 'stage', model: 'churn', stage: 'prod', unassign: false, eventNumber: 3 });
    expect(parseTag('churn#prod!#4')).toEqual({ kind: 'stage', model: 'churn', stage: 'prod', unassign: true, eventNumber: 4 });
    expect(parseTag('churn#prod')).toMatchObject({ kind: 'stage', eventNumber: null });
    expect(parseTag('v1.0.0')).toBeUndefined();
  });

  // Every form of GTO's `tag_re` (gto/constants.py) and `TagTemplates` (gto/tag.py).
  it.each([
    ['churn@v1.0.0', { kind: 'version', model: 'churn', version: '1.0.0', deregister: false, eventNumber: null }],
    ['churn@v1.0.0#7', { kind: 'version', model: 'churn', version: '1.0.0', deregister: false, eventNumber: 7 }],
    ['churn@v1.0.0-rc.1+build.5#2', { kind: 'version', model: 'churn', version: '1.0.0-rc.1+build.5', deregister: false, eventNumber: 2 }],
    ['churn@v1.0.0!', { kind: 'version', model: 'churn', version: '1.0.0', deregister: true, eventNumber: null }],
    ['churn@v1.0.0!#9', { kind: 'version', model: 'churn', version: '1.0.0', deregister: true, eventNumber: 9 }],
    ['churn#prod', { kind: 'stage', model: 'churn', stage: 'prod', unassign: false, eventNumber: null }],
    ['churn#prod!', { kind: 'stage', model: 'churn', stage: 'prod', unassign: true, eventNumber: null }],
    ['churn#eu/prod#12', { kind: 'stage', model: 'churn', stage: 'eu/prod', unassign: false, eventNumber: 12 }],
    ['churn@deprecated', { kind: 'deprecate', model: 'churn', eventNumber: null }],
    ['churn@deprecated#4', { kind: 'deprecate', model: 'churn', eventNumber: 4 }],
    ['team/churn#prod#1', { kind: 'stage', model: 'team/churn', stage: 'prod', unassign: false, eventNumber: 1 }],
    ['models/v2.x=churn@v1.0.0', { kind: 'version', model: 'models/v2.x:churn', version: '1.0.0', deregister: false, eventNumber: null }],
    ['models=churn#prod!#3', { kind: 'stage', model: 'models:churn', stage: 'prod', unassign: true, eventNumber: 3 }],
  ])('parses %s', (tag, parsed) => {
    expect(parseTag(tag)).toEqual(parsed);
  });

  it.each(['churn@created', 'churn@1.0.0', 'churn@v1.0', 'churn#prod#', 'churn#prod#x', 'churn#-prod', 'churn@v1.0.0!!', 'churn#prod!!', 'churn@deprecated!', 'a:b@v1.0.0', 'churn'])(
    'is not an event: %s', (tag) => expect(parseTag(tag)).toBeUndefined(),
  );

  it('writes nested artifacts `dir:name` as `dir=name` and `/` in stage names', () => {
    expect(versionTag('models/v2:churn', '1.0.0')).toBe('models/v2=churn@v1.0.0');
    expect(stageTag('models:churn', 'eu/prod', 3, true)).toBe('models=churn#eu/prod!#3');
    expect(parseTag(stageTag('models:churn', 'eu/prod', 3))).toMatchObject({ model: 'models:churn', stage: 'eu/prod' });
  });

  it('refuses names git refuses as refs, though the GTO pattern allows them', () => {
    for (const name of ['a//b', '../x:churn', 'a/.hidden:churn', 'a/x.lock/b:churn', 'a..b:churn']) expect(() => checkModelName(name)).toThrow(/model name/);
    for (const stage of ['eu//prod', 'prod.x', '-prod', 'a b']) expect(() => checkStageName(stage)).toThrow(/stage name/);
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
