import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction,
  setOutput,
  summary,
  warning
} from "./chunk-2EB2PY7R.js";
import {
  gate
} from "./chunk-LNBY6ER7.js";
import {
  GateFailedError,
  toJson,
  writeFileAtomic
} from "./chunk-K7MCQCRW.js";

// actions/gate/run.ts
function run() {
  return runAction("gate", async (inputs) => {
    const report = gate({
      evaluation: inputs.optional("evaluation"),
      drift: inputs.optional("drift"),
      policy: inputs.optional("policy"),
      title: inputs.string("title")
    });
    const output = inputs.string("output");
    const markdownPath = output.replace(/\.json$/, "") + ".md";
    writeFileAtomic(output, toJson(report));
    writeFileAtomic(markdownPath, report.markdown);
    setOutput("verdict", report.verdict);
    setOutput("report-json", output);
    setOutput("report-markdown", markdownPath);
    await summary.addRaw(report.markdown).addEOL().write();
    if (report.verdict === "fail") {
      const reasons = report.checks.filter((c) => c.status === "fail").map((c) => `${c.subject}: ${c.message}`);
      throw new GateFailedError(`mlgate gate: verdict fail \u2014 ${reasons.join("; ")}`);
    }
    for (const check of report.checks.filter((c) => c.status === "warn")) warning(`${check.subject}: ${check.message}`);
  });
}

export {
  run
};
