import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/registry/audit.ts
var AUDIT_SCHEMA = "mlgate-audit/1";
var AUDIT_RECORD_LIMIT = 8192;
var AUDIT_COLUMNS_KEPT = 20;
var AUDIT_SOURCES_KEPT = 10;
var TEXT_KEPT = 200;
function monitorAuditRecord(report, current, context) {
  const drifted = report.columns.filter((c) => c.drifted).map((c) => c.name);
  return {
    ...base("monitor", context),
    outcome: report.dataset_drifted ? "drifted" : "cleared",
    figures: {
      drifted_columns: drifted.slice(0, AUDIT_COLUMNS_KEPT).map(cut),
      drifted_count: drifted.length,
      compared_count: report.columns.length,
      share_drifted: report.share_drifted,
      current: cut(current)
    }
  };
}
function abTestAuditRecord(result, context) {
  return {
    ...base("abtest", context),
    outcome: result.decision,
    figures: {
      effect: result.effect.estimate,
      interval: [result.effect.interval[0], result.effect.interval[1]],
      p_value: result.p_value,
      n: { control: result.n.control, treatment: result.n.treatment },
      test: result.test,
      stopped_at: result.stopped_at === null ? null : cut(result.stopped_at),
      promoted_to: context.promotedTo ?? null
    }
  };
}
function base(kind, context) {
  return {
    schema: AUDIT_SCHEMA,
    kind,
    model: context.model,
    version: context.version,
    at: context.at.toISOString(),
    run: { url: context.run.url === null ? null : cut(context.run.url), id: context.run.id === null ? null : cut(context.run.id) },
    sources: context.sources.slice(0, AUDIT_SOURCES_KEPT).map((s) => ({ path: cut(s.path), sha256: s.sha256 }))
  };
}
function cut(text) {
  return text.length <= TEXT_KEPT ? text : `${text.slice(0, TEXT_KEPT - 1)}\u2026`;
}
function monitorTransition(last, next) {
  if (!last) return next.outcome === "drifted";
  if (last.outcome !== next.outcome) return true;
  return next.outcome === "drifted" && last.version !== next.version;
}
function auditHeadline(record) {
  const about = `${record.model}${record.version === null ? "" : ` v${record.version}`}`;
  return `mlgate ${record.kind} ${record.outcome} on ${about}: ${auditFigures(record)}`;
}
function auditFigures(record) {
  if (record.kind === "monitor") {
    const f2 = record.figures;
    const names = f2.drifted_columns.join(", ") + (f2.drifted_count > f2.drifted_columns.length ? ", \u2026" : "");
    return `${f2.drifted_count} of ${f2.compared_count} columns drifted${f2.drifted_count > 0 ? ` (${names})` : ""}`;
  }
  const f = record.figures;
  const promoted = f.promoted_to ? `; promoted to ${f.promoted_to}` : "";
  return `effect ${num(f.effect)} [${num(f.interval[0])}, ${num(f.interval[1])}], p = ${num(f.p_value)}, n = ${f.n.control}/${f.n.treatment}${promoted}`;
}
function num(value) {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1e-3 || value === 0 ? String(Number(value.toPrecision(4))) : value.toExponential(2);
}

export {
  AUDIT_RECORD_LIMIT,
  AUDIT_SOURCES_KEPT,
  monitorAuditRecord,
  abTestAuditRecord,
  monitorTransition,
  auditHeadline,
  auditFigures
};
