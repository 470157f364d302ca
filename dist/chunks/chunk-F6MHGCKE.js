import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-O4REL7FX.js";
import {
  setOutput,
  summary
} from "./chunk-FB63VRRM.js";
import {
  drift
} from "./chunk-FRGPYY6S.js";
import {
  driftSection
} from "./chunk-SBZVX73G.js";
import {
  toJson,
  writeFileAtomic
} from "./chunk-5IU5AZD2.js";

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
