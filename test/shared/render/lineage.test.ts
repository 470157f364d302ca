import { describe, expect, it } from 'vitest';
import { lineageMarkdown, lineageMermaid, nodeId } from '../../../shared/render/lineage.js';
import type { StoredAuditRecord } from '../../../shared/core/registry/audit.js';
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

describe('the audit trail in the lineage', () => {
  const hostile = (url: string | null, column: string, stored: string): StoredAuditRecord => ({
    schema: 'mlgate-audit/1', kind: 'monitor', model: 'm', version: '1.0.0', at: '2026-11-01T06:00:00.000Z', run: { url, id: '9' }, outcome: 'drifted',
    figures: { drifted_columns: [column], drifted_count: 1, compared_count: 1, share_drifted: 1, current: 'c.csv' }, sources: [], stored_as: stored,
  });

  it('escapes what records carry: run URLs are links only when plain http(s), columns and locations are inert text', () => {
    const view: LineageView = {
      model: 'm', chain: [{ version: version('1.0.0'), lineage: null }], stages: [],
      audit: {
        records: [
          hostile('javascript:alert(1)', '<img src=x onerror=alert(1)>', '/store/m/audit.jsonl:3'),
          hostile('https://github.com/o/r/actions/runs/1)[x](https://evil.example', 'a|b', 'a`b|c'),
          hostile('https://github.com/o/r/actions/runs/2', '@team **bold** [l](u)', 'mlgate-audit/m/monitor/20261101T060000Z'),
          hostile(null, 'x', 'y'),
        ],
        more: 3,
      },
    };
    const markdown = lineageMarkdown(view);
    const section = markdown.slice(markdown.indexOf('## History after release'));
    expect(section).not.toMatch(/<img|(?<!\\)\]\((?!https:\/\/github\.com\/o\/r\/actions\/runs\/2\))/); // no link but the plain one
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(section).toContain('javascript:alert(1)'); // as text
    expect(section).toContain('[run](https://github.com/o/r/actions/runs/2)');
    expect(section).toContain('a\\|b');
    expect(section).toContain('a\\`b\\|c');
    expect(section).toContain('@\u2060team \\*\\*bold\\*\\* \\[l\\](u)');
    expect(section).toContain('_3 older records not read (the newest 4 are shown)._');
    // Every table row has the header's six cells: nothing broke out of its cell.
    for (const row of section.split('\n').filter((line) => line.startsWith('| 2026'))) expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(lineageMermaid(view)).toContain(`${nodeId('audit', '1.0.0')}[/"4 after release; newest: monitor drifted 2026-11-01"/] -.- ${nodeId('v', '1.0.0')}`);
  });

  it('says when nothing was recorded', () => {
    expect(lineageMarkdown({ model: 'm', chain: [], stages: [], audit: { records: [], more: 0 } })).toMatch(/## History after release\n\n_No monitoring results or A\/B decisions recorded/);
  });
});
