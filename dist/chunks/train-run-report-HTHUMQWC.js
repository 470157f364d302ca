import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  escapeMarkdown
} from "./chunk-HAEUDPHK.js";
import {
  uploadModel
} from "./chunk-F64NFSHX.js";
import {
  formatNumber
} from "./chunk-Z5GXLVDD.js";
import "./chunk-VJ7MSKR2.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";

// shared/render/train-run.ts
function trainRunMarkdown(record, cacheHit) {
  const lines = ["### mlgate train", ""];
  if (cacheHit) {
    const run = record.run;
    const from = run === null ? `a run outside GitHub Actions that finished ${record.finished_at}` : run.url === null || !/^https?:\/\//.test(run.url) ? `run ${escapeMarkdown(run.id)}` : `run [${escapeMarkdown(run.id)}](${run.url.replace(/[()\s]/g, encodeURIComponent)})`;
    lines.push(`Reused from ${from} (run cache hit): the command did not run.`);
  } else {
    const memory = record.peak_rss_bytes === null ? "" : `, peak memory ${formatNumber(record.peak_rss_bytes / 1024 / 1024)} MiB`;
    lines.push(`Ran the training command in ${formatNumber(record.wall_seconds)} s${memory}.`);
  }
  const metrics = Object.entries(record.metrics);
  if (metrics.length > 0) {
    lines.push("", "| metric | value |", "|---|---|");
    for (const [name, value] of metrics) lines.push(`| ${escapeMarkdown(name)} | ${escapeMarkdown(typeof value === "number" ? formatNumber(value) : JSON.stringify(value))} |`);
  }
  return `${lines.join("\n")}
`;
}

// shared/commands/train-run-report.ts
function trainCommandDocument(result) {
  return { cache_hit: result.cache_hit, reused_from: result.reused_from, run_record: result.run_record, metrics_json: result.metrics_json, record: result.record };
}
function trainRunSummary(result) {
  return trainRunMarkdown(result.record, result.cache_hit);
}
async function uploadRunArtifact(name, root, paths, context) {
  const id = await uploadModel(name, root, paths, context);
  return id === null ? null : String(id);
}
export {
  trainCommandDocument,
  trainRunSummary,
  uploadRunArtifact
};
