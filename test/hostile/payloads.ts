/** Strings a fork can put in any name, label, note or reason of the gate's input files. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">click</a>',
  '@octocat',
  '@org/team',
  'pipe|cell',
  '</details>',
  '<details><summary>open',
  '<script>alert(1)</script>',
  '[link](https://evil.example)',
  '![img](https://evil.example/x.png)',
];

/** A well-formed evaluation whose every name, label and note is hostile. */
export function hostileEvaluation(): object {
  const metrics = { roc_auc: 0.8, ...Object.fromEntries(HOSTILE.map((name, i) => [name, 0.5 + i / 100])) };
  return {
    task: 'binary', n: 100, metrics,
    intervals: Object.fromEntries(Object.keys(metrics).map((name) => [name, [0.4, 0.6]])),
    baseline_metrics: Object.fromEntries(Object.keys(metrics).map((name) => [name, 0.5])),
    comparison: Object.fromEntries(Object.keys(metrics).map((name) => [name, { delta: -0.01, interval: [-0.02, 0.04], p_value: 0.3, test: 'paired_bootstrap' }])),
    confusion_matrix: { labels: [HOSTILE[0], HOSTILE[2]], matrix: [[1, 2], [3, 4]] },
    notes: HOSTILE,
  };
}

function column(name: string, drifted: boolean): object {
  return {
    name, kind: 'numeric', method: 'ks', statistic: drifted ? 0.9 : 0.1, p_value: drifted ? 0.001 : 0.9, adjusted_p_value: drifted ? 0.002 : 0.9,
    threshold: 0.05, drifted, missing: { reference: 0, current: 0 }, rows: { reference: 10, current: 10 }, note: name,
    stray_tokens: { tokens: [name], cells: { reference: 1, current: 2 } },
    histogram: {
      kind: 'categorical', categories: [name, ...HOSTILE], reference: [1, ...HOSTILE.map((_, i) => i)], current: [2, ...HOSTILE.map((_, i) => 10 - i)],
      other: { categories: 3, reference: 1, current: 1 },
    },
  };
}

/** A well-formed drift report whose every column name, token, note, reason and source is hostile. */
export function hostileDrift(): object {
  return {
    reference: { source: HOSTILE[0], rows: 10 }, current: { source: HOSTILE[1], rows: 10 }, correction: 'bh',
    columns: [
      ...HOSTILE.map((name, i) => column(name, i % 2 === 0)),
      { ...column(`${HOSTILE[5]} constant`, false), statistic: null, p_value: null, adjusted_p_value: null, note: HOSTILE[6] },
    ],
    share_drifted: 0.5, drift_share_threshold: 0.5, dataset_drifted: true, critical_columns_drifted: [HOSTILE[0]],
    schema: {
      added: [HOSTILE[2]], dropped: [HOSTILE[3]],
      type_changed: [{ name: HOSTILE[4], reference: 'numeric', current: 'categorical' }],
      missing_rate_changed: [{ name: HOSTILE[5], reference: 0, current: 0.5 }], missing_rate_threshold: 0.1,
    },
    not_compared: HOSTILE.map((name) => ({ name, reason: name })),
  };
}

/** The tags mlgate itself writes into a markdown report; any other tag came from input. */
const OWN_TAGS = /<\/?(details|summary|sub)>|<details><summary>[^<]*<\/summary>|<!--[^<>]*-->/g;

/**
 * What an inert markdown body must not hold: a raw HTML tag from input, a live `@`-mention, or
 * an unbalanced `<details>`. Returns the problems found (empty: inert).
 */
export function markupProblems(body: string): string[] {
  const problems: string[] = [];
  const opened = body.match(/<details>/g)?.length ?? 0;
  const closed = body.match(/<\/details>/g)?.length ?? 0;
  if (opened !== closed) problems.push(`${opened} <details> but ${closed} </details>`);
  const stray = body.replace(OWN_TAGS, '').match(/<\/?[a-zA-Z!][^>]*>?/g);
  if (stray) problems.push(`raw tags: ${stray.slice(0, 5).join(' ')}`);
  // GitHub mentions `@name` and `@org/team` unless `@` follows a word character; escapeMarkdown adds U+2060.
  const mention = body.match(/(?<![\w`])@(?!\u2060)[A-Za-z0-9-]+/g);
  if (mention) problems.push(`mentions: ${mention.slice(0, 5).join(' ')}`);
  if (/(?<!\\)\]\(https:\/\/evil/.test(body)) problems.push('a live link from input');
  if (/pipe(?<!\\)\|cell/.test(body)) problems.push('a raw | from input');
  return problems;
}

/** Payloads a data file can put in ids, labels and feature values of the prediction diff and slices. */
export const HOSTILE_CELLS = [...HOSTILE, '`code` span', '<!-- open comment', 'a|b|c', '@octocat/team'];

/** A well-formed prediction diff and slice list whose every id, label, column and value is hostile. */
export function hostileModelDiff(): object {
  const row = (cell: string, i: number) => ({
    row: i + 1, id: cell, truth: cell, baseline: cell, candidate: HOSTILE_CELLS[(i + 1) % HOSTILE_CELLS.length], delta: -0.5, outcome: 'broken',
    features: { [cell]: cell, note: cell },
  });
  return {
    prediction_diff: {
      rows: 100, changed: 14, fixed: 4, broken: 8, other: 2,
      table: Object.fromEntries(HOSTILE_CELLS.slice(0, 5).map((a) => [a, Object.fromEntries(HOSTILE_CELLS.slice(0, 5).map((b, j) => [b, j]))])),
      top: HOSTILE_CELLS.map(row),
    },
    slices: HOSTILE_CELLS.map((cell, i) => ({
      metric: i === 0 ? 'roc_auc' : cell, column: cell, value: cell, n: 40, baseline: 0.8, candidate: 0.6, delta: -0.2, interval: [-0.3, -0.1],
      p_value: 0.001, adjusted_p_value: 0.01, gated: i % 2 === 0, note: cell,
    })),
  };
}
