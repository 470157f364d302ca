import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-A4XJPU2W.js";
import {
  drift
} from "./chunk-4LVK5LXH.js";
import {
  driftSection
} from "./chunk-GEIPFF27.js";
import {
  setOutput,
  summary,
  toJson,
  writeFileAtomic
} from "./chunk-4OCMB34Q.js";

// actions/drift/run.ts
function run() {
  return runAction("drift", async (inputs) => {
    const report = drift({
      reference: inputs.string("reference"),
      current: inputs.string("current"),
      method: inputs.string("method"),
      threshold: inputs.number("threshold"),
      columns: inputs.list("columns"),
      exclude: inputs.list("exclude"),
      correction: inputs.string("correction"),
      driftShare: inputs.number("drift-share"),
      criticalColumns: inputs.list("critical-columns"),
      columnMethods: inputs.pairs("column-methods")
    });
    const output = inputs.string("output");
    writeFileAtomic(output, toJson(report));
    setOutput("drift-json", output);
    setOutput("dataset-drifted", String(report.dataset_drifted));
    setOutput("share-drifted", String(report.share_drifted));
    setOutput("drifted-columns", JSON.stringify(report.columns.filter((c) => c.drifted).map((c) => c.name)));
    await summary.addRaw(driftSection(report)).addEOL().write();
  });
}

export {
  run
};
