import { describe, expect, it } from 'vitest';
import { currentStages } from '../../../shared/render/lineage.js';
import type { StageEvent } from '../../../shared/core/registry/model-registry.js';

const event = (number: number, stage: string, version: string, action: StageEvent['action'] = 'assign'): StageEvent => ({
  model: 'm', stage, version, number, tag: `m#${stage}${action === 'unassign' ? '!' : ''}#${number}`, action, at: '2026-01-01T00:00:00Z', by: null, note: null, run_url: null,
});

describe('current stages in the lineage view (GTO: active per (version, stage) pair)', () => {
  it('takes the newest active assignment, and an unassignment brings back the version before it', () => {
    const view = { model: 'm', chain: [], stages: [event(1, 'prod', '1.0.0'), event(2, 'prod', '1.1.0'), event(3, 'staging', '1.1.0'), event(4, 'prod', '1.1.0', 'unassign')] };
    expect([...currentStages(view)]).toEqual([['prod', '1.0.0'], ['staging', '1.1.0']]);
  });

  it('shows a rollback written as assign-then-unassign as the older version', () => {
    const view = { model: 'm', chain: [], stages: [event(1, 'prod', '1.0.0'), event(2, 'prod', '1.1.0'), event(3, 'prod', '1.0.0'), event(4, 'prod', '1.1.0', 'unassign')] };
    expect(currentStages(view).get('prod')).toBe('1.0.0');
    expect(currentStages({ ...view, stages: [event(1, 'prod', '1.0.0'), event(2, 'prod', '1.0.0', 'unassign')] }).has('prod')).toBe(false);
  });
});
