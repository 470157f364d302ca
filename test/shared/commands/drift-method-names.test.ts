import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drift } from '../../../shared/commands/drift.js';
import { findCommand } from '../../../shared/commands/catalog.js';
import { readOptionValues } from '../../../shared/commands/options.js';
import { InputError } from '../../../shared/errors.js';

// Evidently's stat-test names at both doors (issue 11): aliases are read as mlgate's method,
// names mlgate does not compute are refused with a pointer to the README's table, and neither
// is listed among the choices that help and action.yml show.
describe('drift --method: Evidently names', () => {
  const options = findCommand('drift').options;
  const read = (door: 'cli' | 'action', method: string) =>
    readOptionValues(options, door, (name) => ({ reference: 'r.csv', current: 'c.csv', method })[name] as string | undefined);

  it.each(['cli', 'action'] as const)('%s: `ed` and `mannw` read as energy_distance and mannwhitney', (door) => {
    expect(read(door, 'ed').method).toBe('energy_distance');
    expect(read(door, 'mannw').method).toBe('mannwhitney');
  });

  it('refuses `es` and `TVD` naming the README table, and keeps aliases out of the listed choices', () => {
    expect(() => read('cli', 'es')).toThrow(InputError);
    expect(() => read('cli', 'es')).toThrow(/--method: `es` is Evidently's Epps–Singleton test.*"Coming from Evidently"/);
    expect(() => read('action', 'TVD')).toThrow(/permutation p-value/);
    expect(() => read('cli', 'nonsense')).toThrow(/must be one of auto, ks/);
    const method = options.method;
    expect(method.kind === 'choice' && method.choices).not.toContain('ed');
  });
});

describe('drift --column-methods: Evidently names', () => {
  it('reads `ed` and `mannw` per column and refuses `TVD` naming the column', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mlgate-evidently-'));
    try {
      const rows = (shift: number) => ['a,b', ...Array.from({ length: 40 }, (_, i) => `${i + shift},${(i * 7) % 13}`)].join('\n');
      writeFileSync(join(folder, 'r.csv'), rows(0));
      writeFileSync(join(folder, 'c.csv'), rows(3));
      const report = await drift({ reference: join(folder, 'r.csv'), current: join(folder, 'c.csv'), columnMethods: { a: 'ed', b: 'mannw' } });
      expect(Object.fromEntries(report.columns.map((c) => [c.name, c.method]))).toEqual({ a: 'energy_distance', b: 'mannwhitney' });
      await expect(drift({ reference: join(folder, 'r.csv'), current: join(folder, 'c.csv'), columnMethods: { a: 'TVD' } })).rejects.toThrow(
        /method for column `a`: `TVD` is Evidently's permutation p-value/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
