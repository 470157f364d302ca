import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-WITFOXDB.js";
import {
  evaluate
} from "./chunk-77BH3NO7.js";
import {
  metricsSection
} from "./chunk-7NP5VWMD.js";
import {
  setOutput,
  summary,
  toJson,
  writeFileAtomic
} from "./chunk-KLYIWCWM.js";

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
