import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-O4REL7FX.js";
import {
  info,
  setOutput
} from "./chunk-FB63VRRM.js";
import {
  PROVENANCE_FILE,
  lineageStatement,
  promote,
  publish
} from "./chunk-WJVBP6UV.js";
import {
  toJson,
  writeFileAtomic
} from "./chunk-5IU5AZD2.js";

// actions/publish/run.ts
import { join } from "node:path";
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
      command: "mlgate publish (GitHub Action)",
      token: inputs.string("github-token")
    });
    const out = inputs.string("out");
    const lineagePath = join(out, "lineage.json");
    const provenancePath = join(out, PROVENANCE_FILE);
    writeFileAtomic(lineagePath, toJson(result.lineage));
    const statement = lineageStatement(result.lineage);
    const predicatePath = join(out, "provenance.predicate.json");
    writeFileAtomic(provenancePath, toJson(statement));
    writeFileAtomic(predicatePath, toJson(statement.predicate));
    setOutput("predicate-path", predicatePath);
    setOutput("lineage-path", lineagePath);
    setOutput("provenance-path", provenancePath);
    setOutput("tag", result.version.tag);
    setOutput("outcome", result.outcome);
    const stage = inputs.optional("stage");
    if (stage) {
      const event = await promote({ model, version: result.version.version, stage, store, token: inputs.string("github-token") });
      setOutput("stage-tag", event.tag);
    }
    info(`${result.version.tag}: ${result.outcome}`);
  });
}

export {
  run
};
