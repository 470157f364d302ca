import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  info,
  runAction,
  setOutput
} from "./chunk-QMIATY5L.js";
import {
  promote,
  publish
} from "./chunk-ZGIUUWJE.js";

// actions/publish/run.ts
function run() {
  return runAction("publish", async (inputs) => {
    const store = inputs.string("store");
    const model = inputs.string("model");
    const result = await publish({
      model,
      version: inputs.string("version"),
      files: inputs.list("files") ?? [],
      store,
      data: inputs.list("data"),
      params: inputs.json("params"),
      evaluation: inputs.optional("evaluation"),
      drift: inputs.optional("drift"),
      gateReport: inputs.optional("gate-report"),
      parent: inputs.optional("parent"),
      cardTemplate: inputs.optional("card-template"),
      command: "mlgate publish (GitHub Action)"
    });
    setOutput("tag", result.version.tag);
    setOutput("outcome", result.outcome);
    const stage = inputs.optional("stage");
    if (stage) {
      const event = await promote({ model, version: result.version.version, stage, store });
      setOutput("stage-tag", event.tag);
    }
    info(`${result.version.tag}: ${result.outcome}`);
  });
}

export {
  run
};
