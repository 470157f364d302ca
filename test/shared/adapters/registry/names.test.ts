import { describe, expect, it } from 'vitest';
import { auditTag, auditTagPrefix, checkModelName, checkStageName, compareVersions, fileNameProblem, normaliseVersion, parseAuditTag, parseTag, stageTag, versionTag } from '../../../../shared/adapters/registry/names.js';
import { isValidRefName } from '../../../emulator/handlers/git.js';

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

describe('audit tags', () => {
  const at = new Date('2026-11-30T06:00:09.500Z');

  it('name the model, the kind and the UTC second, and read back from the end (model names hold `/`)', () => {
    expect(auditTag('churn', 'monitor', at)).toBe('mlgate-audit/churn/monitor/20261130T060009Z');
    expect(auditTag('team/churn', 'abtest', at, 2)).toBe('mlgate-audit/team/churn/abtest/20261130T060009Z-2');
    expect(auditTag('models:fraud', 'monitor', at)).toBe('mlgate-audit/models=fraud/monitor/20261130T060009Z');
    expect(auditTagPrefix('team/churn')).toBe('mlgate-audit/team/churn/');
    expect(parseAuditTag('mlgate-audit/team/churn/abtest/20261130T060009Z-2')).toEqual({ model: 'team/churn', kind: 'abtest', time: '20261130T060009Z', collision: 2 });
    // A model called `a/monitor` and its sibling `a`: the last two parts decide.
    expect(parseAuditTag(auditTag('a/monitor', 'monitor', at))).toMatchObject({ model: 'a/monitor', kind: 'monitor' });
    expect(parseAuditTag('mlgate-audit/models=fraud/monitor/20261130T060009Z')).toMatchObject({ model: 'models:fraud' });
    for (const foreign of ['mlgate-audit/churn/monitor/2026-11-30', 'mlgate-audit/churn/train/20261130T060009Z', 'mlgate-audit/monitor/20261130T060009Z', 'churn@v1.0.0']) {
      expect(parseAuditTag(foreign)).toBeUndefined();
    }
  });

  it('are valid git ref names that GTO\'s grammar never reads as an event', () => {
    for (const model of ['churn', 'team/churn', 'models:fraud', 'a-b_c/d9', 'x/monitor']) {
      for (const kind of ['monitor', 'abtest']) {
        const tag = auditTag(model, kind, at, 3);
        expect(isValidRefName(`refs/tags/${tag}`), tag).toBe(true);
        // GTO's `tag_re` needs `@v<semver>`, `@deprecated`, `@created` or `#<stage>` after the artifact: none can occur.
        expect(parseTag(tag), tag).toBeUndefined();
        expect(tag).not.toMatch(/[@#]/);
      }
    }
  });
});
