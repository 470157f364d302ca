import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-O4REL7FX.js";
import {
  info,
  setOutput
} from "./chunk-FB63VRRM.js";
import {
  train
} from "./chunk-IXZKARFN.js";
import {
  toJson
} from "./chunk-5IU5AZD2.js";

// actions/train/run.ts
function run() {
  return runAction("train", async (inputs) => {
    const result = await train({
      data: inputs.string("data"),
      target: inputs.string("target"),
      model: inputs.string("model"),
      params: inputs.json("params"),
      test: inputs.optional("test"),
      idColumn: inputs.string("id-column"),
      exclude: inputs.list("exclude"),
      out: inputs.string("out")
    });
    setOutput("model-path", result.model_path);
    setOutput("predictions-path", result.predictions_path ?? "");
    setOutput("task", result.task);
    setOutput("result-json", toJson(result));
    info(`trained ${result.params.model} on ${result.rows.train} rows (${result.task}: ${result.classes.join(", ")})`);
  });
}

export {
  run
};
