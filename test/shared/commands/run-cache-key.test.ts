import { describe, expect, it } from 'vitest';
import { runCacheKey } from '../../../shared/commands/train-command.js';

const base = {
  command: 'python3 train.py', deps: [{ path: 'data/a.csv', sha256: 'a'.repeat(64), size: 1 }, { path: 'train.py', sha256: 'b'.repeat(64), size: 2 }],
  params: { 'train.lr': 0.1, seed: 1 }, outputs: ['model', 'plots'], metrics: 'metrics.json', runRecord: 'mlgate-out/run-record.json',
};

describe('runCacheKey', () => {
  it('is a SHA-256 that ignores the order of params and outputs but nothing else', () => {
    const key = runCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(runCacheKey({ ...base, params: { seed: 1, 'train.lr': 0.1 } })).toBe(key);
    expect(runCacheKey({ ...base, outputs: ['plots', 'model'] })).toBe(key);
    const changes: Partial<Parameters<typeof runCacheKey>[0]>[] = [
      { command: 'python3  train.py' },
      { deps: [{ ...base.deps[0], sha256: 'c'.repeat(64) }, base.deps[1]] },
      { deps: [{ ...base.deps[0], path: 'data/b.csv' }, base.deps[1]] },
      { deps: [base.deps[1]] },
      { params: { 'train.lr': 0.2, seed: 1 } },
      { params: { 'train.lr': '0.1', seed: 1 } },
      { params: { 'train.lr': 0.1 } },
      { outputs: ['model'] },
      { metrics: null },
      { runRecord: 'out/record.json' },
    ];
    const keys = changes.map((change) => runCacheKey({ ...base, ...change }));
    expect(new Set([key, ...keys]).size).toBe(changes.length + 1);
  });
});
