import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  auditFigures
} from "./chunk-2KWRJXY2.js";
import {
  markdownTable
} from "./chunk-HABCSNGL.js";
import {
  escapeMarkdown
} from "./chunk-HAEUDPHK.js";
import "./chunk-VJ4UBBLQ.js";

// shared/render/lineage.ts
function lineageMermaid(view) {
  const node = (version) => nodeId("v", version);
  const lines = ["graph LR"];
  for (const { version, lineage } of [...view.chain].reverse()) {
    lines.push(`  ${node(version.version)}["${mermaidText(`v${version.version}`)}"]`);
    if (lineage?.parent) lines.push(`  ${node(lineage.parent.version)} -->|${mermaidText(lineage.parent.verdict ?? "not gated")}| ${node(version.version)}`);
  }
  const versions = new Set(view.chain.map((c) => c.version.version));
  for (const [stage, version] of currentStages(view)) {
    if (!versions.has(version)) continue;
    lines.push(`  ${nodeId("stage", stage)}(["${mermaidText(stage)}"]) -.-> ${node(version)}`);
  }
  for (const [version, records] of auditByVersion(view.audit)) {
    if (version === null || !versions.has(version)) continue;
    const newest = records[0];
    const text = `${records.length} after release; newest: ${newest.kind} ${newest.outcome} ${newest.at.slice(0, 10)}`;
    lines.push(`  ${nodeId("audit", version)}[/"${mermaidText(text)}"/] -.- ${node(version)}`);
  }
  return `${lines.join("\n")}
`;
}
function lineageMarkdown(view) {
  const chain = markdownTable([
    ["version", "published", "commit", "parent", "verdict"],
    ...view.chain.map(({ version, lineage }) => [
      `v${escapeMarkdown(version.version)}`,
      version.published_at,
      lineage?.code.commit ? `\`${lineage.code.commit.slice(0, 12)}\`` : "\u2014",
      lineage?.parent ? `v${escapeMarkdown(lineage.parent.version)}` : "\u2014",
      escapeMarkdown(lineage?.parent?.verdict ?? "\u2014")
    ])
  ]);
  const trail = view.stages.length === 0 ? "_No stage assignments yet._" : markdownTable([
    ["#", "stage", "version", "when", "by", "note", "run"],
    ...view.stages.map((e) => [String(e.number), escapeMarkdown(e.stage), `v${escapeMarkdown(e.version)}`, e.at, escapeMarkdown(e.by ?? "\u2014"), escapeMarkdown(e.note ?? ""), e.run_url === null ? "" : isPlainUrl(e.run_url) ? e.run_url : escapeMarkdown(e.run_url)])
  ]);
  return `# Lineage of ${escapeMarkdown(view.model)}

\`\`\`mermaid
${lineageMermaid(view)}\`\`\`

## Versions

${chain}

## Stage history

${trail}

## History after release

${auditMarkdown(view.audit)}
`;
}
function auditMarkdown(trail) {
  if (!trail || trail.records.length === 0) return "_No monitoring results or A/B decisions recorded (`monitor --record`, `abtest --record`, `promote --abtest`)._";
  const sections = [...auditByVersion(trail)].map(([version, records]) => {
    const table = markdownTable([
      ["when", "kind", "outcome", "figures", "run", "stored as"],
      ...records.map((r) => [r.at, r.kind, `**${escapeMarkdown(r.outcome)}**`, escapeMarkdown(auditFigures(r)), runLink(r), escapeMarkdown(r.stored_as)])
    ]);
    return `### ${version === null ? "Not tied to a version" : `v${escapeMarkdown(version)}`}

${table}`;
  });
  const more = trail.more > 0 ? `

_${trail.more} older record${trail.more === 1 ? "" : "s"} not read (the newest ${trail.records.length} are shown)._` : "";
  return `${sections.join("\n\n")}${more}`;
}
function runLink(record) {
  const url = record.run.url;
  if (url === null) return record.run.id === null ? "\u2014" : escapeMarkdown(record.run.id);
  return isPlainUrl(url) ? `[run](${url})` : escapeMarkdown(url);
}
function isPlainUrl(url) {
  return /^https?:\/\/[^\s()<>[\]"'`\\|]+$/.test(url);
}
function auditByVersion(trail) {
  const groups = /* @__PURE__ */ new Map();
  for (const record of trail?.records ?? []) groups.set(record.version, [...groups.get(record.version) ?? [], record]);
  return groups;
}
function currentStages(view) {
  const pairs = /* @__PURE__ */ new Map();
  view.stages.forEach((event, index) => {
    const key = `${event.version}\0${event.stage}`;
    const pair = pairs.get(key) ?? { stage: event.stage, version: event.version, active: false, assignedAt: -1 };
    pair.active = event.action === "assign";
    if (pair.active) pair.assignedAt = index;
    pairs.set(key, pair);
  });
  const current = /* @__PURE__ */ new Map();
  for (const pair of pairs.values()) {
    if (pair.active && pair.assignedAt > (current.get(pair.stage)?.assignedAt ?? -1)) current.set(pair.stage, pair);
  }
  return new Map([...current].map(([stage, { version }]) => [stage, version]));
}
function nodeId(prefix, name) {
  return `${prefix}_${name.replace(/[^a-zA-Z0-9]/gu, (c) => `_${c.codePointAt(0).toString(16)}_`)}`;
}
function mermaidText(text) {
  return text.replace(/["<>|]/g, "_");
}
export {
  currentStages,
  lineageMarkdown,
  lineageMermaid,
  nodeId
};
