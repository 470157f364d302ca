import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  info,
  runAction,
  setOutput
} from "./chunk-V6S52LBH.js";
import {
  readRunContext
} from "./chunk-EYLNEILO.js";
import {
  promote,
  promotionTarget
} from "./chunk-JIWL6CAY.js";

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
