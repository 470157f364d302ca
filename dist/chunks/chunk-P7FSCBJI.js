import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  openRegistry
} from "./chunk-NBUUFY5J.js";
import {
  AUDIT_SOURCES_KEPT,
  abTestAuditRecord,
  monitorTransition
} from "./chunk-2KWRJXY2.js";
import {
  checkModelName,
  normaliseVersion
} from "./chunk-D7XARLC7.js";
import {
  digestFile
} from "./chunk-RY6TFG5S.js";
import {
  isPermissionDenied
} from "./chunk-MKBYBNPK.js";

// shared/commands/audit-trail.ts
import { globSync, statSync } from "node:fs";
async function appendAuditRecord(access, record) {
  return tolerateReadOnly(access, record, async () => {
    const registry = openRegistry(access.store, { environment: access.environment, token: access.token, warn: access.warn });
    return { stored: await registry.appendAudit(record), note: null };
  });
}
async function appendMonitorTransition(access, record) {
  return tolerateReadOnly(access, record, async () => {
    const registry = openRegistry(access.store, { environment: access.environment, token: access.token, warn: access.warn });
    const last = (await registry.auditTrail(record.model, { kind: "monitor", limit: 1 })).records[0];
    if (!monitorTransition(last, record)) {
      return { stored: null, note: last ? `unchanged since ${last.at} (${last.outcome}, ${last.stored_as})` : "no drift, and none recorded before" };
    }
    return { stored: await registry.appendAudit(record), note: null };
  });
}
async function recordAbTestDecision(access, result, about) {
  const record = abTestAuditRecord(result, {
    model: checkModelName(about.model),
    version: about.version === void 0 ? null : normaliseVersion(about.version),
    at: /* @__PURE__ */ new Date(),
    run: { url: access.environment.runUrl, id: access.environment.runId },
    sources: await sourceDigests([about.data])
  });
  return (await appendAuditRecord(access, record)).stored;
}
async function tolerateReadOnly(access, record, work) {
  try {
    return await work();
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const note = "the token may not write tags (give the job `permissions: contents: write`)";
    access.warn(`no audit record for ${record.model}: ${note}`);
    return { stored: null, note };
  }
}
async function sourceDigests(paths) {
  const files = paths.flatMap((path) => {
    if (path === void 0) return [];
    const matched = /[*?[]/.test(path) ? globSync(path).sort() : [path];
    return matched.filter((file) => {
      try {
        return statSync(file).isFile();
      } catch {
        return false;
      }
    });
  });
  const kept = [...new Set(files)].slice(0, AUDIT_SOURCES_KEPT);
  return Promise.all(kept.map(async (path) => ({ path, sha256: (await digestFile(path)).sha256 })));
}

export {
  appendAuditRecord,
  appendMonitorTransition,
  recordAbTestDecision,
  sourceDigests
};
