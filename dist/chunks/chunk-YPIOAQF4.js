import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-WITFOXDB.js";
import {
  readRunContext
} from "./chunk-734YSQLN.js";
import {
  promote,
  promotionTarget
} from "./chunk-7NM6PH5I.js";
import {
  info,
  setOutput
} from "./chunk-KLYIWCWM.js";

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
