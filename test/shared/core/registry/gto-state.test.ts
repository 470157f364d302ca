import { describe, expect, it } from 'vitest';
import { gtoModelState, messageTrailers, type GtoTagEvent } from '../../../../shared/core/registry/gto-state.js';
import { parseTag } from '../../../../shared/adapters/registry/names.js';

// GTO's rules (iterative/gto `gto/base.py`, `gto/tag.py`) on hand-made event lists; the expected
// values are what `gto show` (time) and `gto show --sort semver` / `gto which` (SemVer) print.

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const D = 'd'.repeat(40);

function tag(name: string, commit: string, minute: number, options: { message?: string; lightweight?: boolean } = {}): GtoTagEvent {
  const parsed = parseTag(name)!;
  const action = parsed.kind === 'version' ? (parsed.deregister ? 'deregister' : 'register') : parsed.kind === 'stage' ? (parsed.unassign ? 'unassign' : 'assign') : 'deprecate';
  return {
    tag: name, action, number: parsed.eventNumber, commit,
    ...(parsed.kind === 'version' ? { version: parsed.version } : {}),
    ...(parsed.kind === 'stage' ? { stage: parsed.stage } : {}),
    annotated: !options.lightweight,
    date: options.lightweight ? null : new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    message: options.lightweight ? null : options.message ?? `${name}\n`,
    tagger: options.lightweight ? null : 'gto user',
  };
}

const registered = [tag('m@v1.0.0', A, 0), tag('m@v1.1.0', B, 1), tag('m@v2.0.0', C, 2)];

describe('GTO state from tags', () => {
  it('unassigning a version from a stage brings back the version assigned before it (per (version, stage) pair)', () => {
    const state = gtoModelState('m', [...registered, tag('m#prod#4', A, 3), tag('m#prod#5', B, 4), tag('m#prod!#6', B, 5)]);
    expect(state.stages.prod).toEqual({ current: '1.0.0', bySemVer: '1.0.0', active: ['1.0.0'] });
  });

  it('the current version is the newest assignment; `--sort semver` takes the greatest active SemVer', () => {
    const state = gtoModelState('m', [...registered, tag('m#prod#4', C, 3), tag('m#prod#5', A, 4)]);
    expect(state.stages.prod).toEqual({ current: '1.0.0', bySemVer: '2.0.0', active: ['1.0.0', '2.0.0'] });
  });

  it('finds a stage tag\'s version through its commit, and refuses a `version:` trailer that disagrees', () => {
    expect(gtoModelState('m', [...registered, tag('m#prod', B, 3)]).stages.prod.current).toBe('1.1.0');
    expect(gtoModelState('m', [...registered, tag('m#prod#4', B, 3, { message: 'Assigning\n\nversion: 1.1.0\n' })]).stages.prod.current).toBe('1.1.0');
    expect(() => gtoModelState('m', [...registered, tag('m#prod#4', B, 3, { message: 'Assigning\n\nversion: 2.0.0\n' })]))
      .toThrow(/^m#prod#4: its message says version 2\.0\.0, but the commit it points at \(bbbbbbbbbbbb\) is m@v1\.1\.0/);
  });

  it('ignores lightweight tags, as GTO does, and reports them', () => {
    const state = gtoModelState('m', [...registered, tag('m#prod#4', A, 3), tag('m#prod#5', C, 4, { lightweight: true }), tag('m@v9.0.0', D, 5, { lightweight: true })]);
    expect(state.stages.prod.current).toBe('1.0.0');
    expect(state.latest).toBe('2.0.0');
    expect(state.ignored).toEqual(['m#prod#5', 'm@v9.0.0']);
  });

  it('drops a deregistered version from latest and from its stages', () => {
    const state = gtoModelState('m', [...registered, tag('m#prod#4', B, 3), tag('m#prod#5', C, 4), tag('m@v2.0.0!#6', C, 5)]);
    expect(state.latest).toBe('1.1.0');
    expect(state.stages.prod.current).toBe('1.1.0');
    expect(state.versions.find((v) => v.version === '2.0.0')).toMatchObject({ registered: true, deregistered: true });
  });

  it('is deprecated while `m@deprecated` is its latest event; a later event makes it active again', () => {
    expect(gtoModelState('m', [...registered, tag('m@deprecated', A, 9)])).toMatchObject({ deprecated: true, deprecatedBy: 'm@deprecated' });
    expect(gtoModelState('m', [...registered, tag('m@deprecated#4', A, 9), tag('m@v3.0.0#5', D, 10)]).deprecated).toBe(false);
  });

  it('latest is the greatest SemVer, not the newest registration', () => {
    expect(gtoModelState('m', [tag('m@v2.0.0', A, 0), tag('m@v1.5.0', B, 1), tag('m@v2.0.0-rc.1', C, 2)]).latest).toBe('2.0.0');
  });

  it('orders events of the same second by priority, then by event number', () => {
    const same = (t: GtoTagEvent) => ({ ...t, date: '2026-01-01T00:10:00.000Z' });
    // Two assignments in one second: the higher #N is the later one.
    expect(gtoModelState('m', [...registered, same(tag('m#prod#5', B, 0)), same(tag('m#prod#4', A, 0))]).stages.prod.current).toBe('1.1.0');
    // An assignment and an unassignment of the same pair in one second: the unassignment wins (priority 6 > 5).
    expect(gtoModelState('m', [...registered, same(tag('m#prod!', A, 0)), same(tag('m#prod', A, 0))]).stages.prod).toBeUndefined();
  });

  it('names a version by its commit when a stage tag points at a commit without a version tag (GTO\'s non-explicit version)', () => {
    const state = gtoModelState('m', [...registered, tag('m#dev#4', D, 3)]);
    expect(state.stages.dev.current).toBe(D);
    expect(state.versions.at(-1)).toEqual({ version: D, commit: D, registered: false, deregistered: false, tag: null, registered_at: null });
    expect(state.latest).toBe('2.0.0');
  });

  it('refuses two versions on one commit when a stage tag points there (GTO\'s ManyVersions)', () => {
    expect(() => gtoModelState('m', [tag('m@v1.0.0', A, 0), tag('m@v1.0.1', A, 1), tag('m#prod#3', A, 2)])).toThrow(/m#prod#3: commit aaaaaaaaaaaa carries m@v1\.0\.0 and m@v1\.0\.1/);
  });

  it('keeps the stage history in GTO order with each event\'s version', () => {
    const state = gtoModelState('m', [...registered, tag('m#prod#5', B, 4), tag('m#staging#4', A, 3), tag('m#prod!#6', B, 5)]);
    expect(state.history.map((e) => `${e.tag} ${e.action} ${e.version}`)).toEqual(['m#staging#4 assign 1.0.0', 'm#prod#5 assign 1.1.0', 'm#prod!#6 unassign 1.1.0']);
  });
});

describe('tag message trailers', () => {
  it('reads `key: value` lines after the first paragraph only', () => {
    expect(messageTrailers('Assigning stage prod\n\nby: octocat\nrun_id: 42\nversion: 1.0.0\n')).toEqual({ by: 'octocat', run_id: '42', version: '1.0.0' });
    expect(messageTrailers('version: 1.0.0')).toEqual({});
  });
});
