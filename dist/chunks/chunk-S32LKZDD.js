import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction,
  setOutput,
  summary
} from "./chunk-V6S52LBH.js";
import {
  drift
} from "./chunk-WZQR32S2.js";
import {
  driftSection
} from "./chunk-Z5DBCWVG.js";
import {
  toJson,
  writeFileAtomic
} from "./chunk-7FHBNQW2.js";

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
