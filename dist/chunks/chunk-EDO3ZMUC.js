import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-O4REL7FX.js";
import {
  info,
  setOutput
} from "./chunk-FB63VRRM.js";
import {
  readRunContext
} from "./chunk-XT7TYGLG.js";
import {
  promote,
  promotionTarget
} from "./chunk-WJVBP6UV.js";

// actions/promote/run.ts
function run() {
  return runAction("promote", async (inputs) => {
    const target = promotionTarget({ model: inputs.optional("model"), version: inputs.optional("version") }, readRunContext().tag);
    const event = await promote({
      ...target,
      stage: inputs.string("stage"),
      store: inputs.string("store"),
      token: inputs.string("github-token"),
      ...inputs.optional("note") ? { note: inputs.string("note") } : {}
    });
    setOutput("stage-tag", event.tag);
    setOutput("model", event.model);
    setOutput("version", event.version);
    info(`${event.tag}: ${event.model} v${event.version} is now in ${event.stage}`);
  });
}

export {
  run
};
