import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-O4REL7FX.js";
import {
  setOutput,
  summary
} from "./chunk-FB63VRRM.js";
import {
  evaluate
} from "./chunk-UALV53R5.js";
import {
  metricsSection
} from "./chunk-SBZVX73G.js";
import {
  toJson,
  writeFileAtomic
} from "./chunk-5IU5AZD2.js";

// actions/evaluate/run.ts
function run() {
  return runAction("evaluate", async (inputs) => {
    const result = evaluate({
      predictions: inputs.string("predictions"),
      task: inputs.string("task"),
      baseline: inputs.optional("baseline"),
      positiveLabel: inputs.optional("positive-label"),
      resamples: inputs.integer("resamples"),
      seed: inputs.integer("seed"),
      columns: { yTrue: inputs.string("y-true"), yPred: inputs.string("y-pred"), yScore: inputs.string("y-score"), id: inputs.string("id-column") }
    });
    const output = inputs.string("output");
    writeFileAtomic(output, toJson(result));
    setOutput("evaluation-json", output);
    setOutput("metrics", JSON.stringify(result.metrics));
    await summary.addRaw(metricsSection(result)).addEOL().write();
  });
}

export {
  run
};
