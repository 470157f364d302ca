import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  info,
  runAction,
  setOutput
} from "./chunk-QPGU5FGQ.js";
import {
  readRunContext
} from "./chunk-HW5EUPYD.js";
import {
  parseTag,
  promote
} from "./chunk-AHJXW2MB.js";
import {
  InputError
} from "./chunk-BWRBVZFN.js";

// actions/promote/run.ts
function run() {
  return runAction("promote", async (inputs) => {
    let model = inputs.optional("model");
    let version = inputs.optional("version");
    if (!model || !version) {
      const tag = readRunContext().tag;
      const parsed = tag ? parseTag(tag) : void 0;
      if (parsed?.kind !== "version") {
        throw new InputError(`inputs \`model\` and \`version\` are required unless the event is a release or push of a version tag (<model>@v<semver>)${tag ? `; the event's tag \`${tag}\` is not one` : ""}`);
      }
      model ??= parsed.model;
      version ??= parsed.version;
    }
    const event = await promote({
      model,
      version,
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
