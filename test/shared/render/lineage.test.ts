import { describe, expect, it } from 'vitest';
import { lineageMermaid, nodeId } from '../../../shared/render/lineage.js';
import type { LineageView, StageEvent, VersionRecord } from '../../../shared/core/registry/model-registry.js';

const version = (v: string): VersionRecord => ({ model: 'm', version: v, tag: `m@v${v}`, files: [], published_at: '2026-01-01T00:00:00Z' });
const assign = (stage: string, v: string, number: number): StageEvent => ({
  model: 'm', stage, version: v, number, tag: `m#${stage}#${number}`, action: 'assign', at: `2026-01-0${number}T00:00:00Z`, by: null, note: null, run_url: null,
});

/** Node ids the chart declares or links (the text before a label or an arrow). */
function nodeIds(chart: string): Set<string> {
  return new Set(chart.split('\n').slice(1).flatMap((line) => [...line.matchAll(/(?:^\s*|-->\|[^|]*\| |-\.-> )([A-Za-z0-9_]+)/g)].map((m) => m[1])));
}

describe('lineageMermaid', () => {
  it('gives versions and stages that differ only in punctuation their own nodes', () => {
    const view: LineageView = {
      model: 'm',
      chain: [{ version: version('2.0.0-rc.1'), lineage: null }, { version: version('2.0.0-rc-1'), lineage: null }],
      stages: [assign('prod-eu', '2.0.0-rc.1', 1), assign('prod_eu', '2.0.0-rc-1', 2), assign('prod.eu', '2.0.0-rc-1', 3)],
    };
    const chart = lineageMermaid(view);
    expect(nodeIds(chart).size).toBe(5);
    expect(chart).toContain(`${nodeId('stage', 'prod-eu')}(["prod-eu"]) -.-> ${nodeId('v', '2.0.0-rc.1')}`);
    expect(chart).toContain(`${nodeId('stage', 'prod_eu')}(["prod_eu"]) -.-> ${nodeId('v', '2.0.0-rc-1')}`);
  });

  it('makes ids of letters, digits and underscores only, one per name, never a mermaid keyword', () => {
    const names = ['1.0.0', '1-0-0', '1_0_0', '100', 'end', 'a/b', 'a_2f_b', 'prod eu', 'ünï', '😀'];
    const ids = names.map((name) => nodeId('stage', name));
    expect(new Set(ids).size).toBe(names.length);
    for (const id of ids) expect(id).toMatch(/^stage_[A-Za-z0-9_]+$/);
    expect(nodeId('v', 'end')).not.toBe(nodeId('stage', 'end'));
  });
});
