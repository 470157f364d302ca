import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  isEnterpriseServer
} from "./chunk-VJ7MSKR2.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/commands/model-artifact.ts
import { resolve } from "node:path";
var GHES = "the artifact hand-off is unavailable on GitHub Enterprise Server (the toolkit's artifact client refuses it)";
async function uploadModel(name, root, paths, context) {
  const services = context.environment.actionsServices;
  if (services.runtimeToken === null || services.resultsUrl === null) {
    if (context.door !== "cli") context.log.warning(`model artifact \`${name}\` not uploaded: this step has no GitHub Actions artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL)`);
    return null;
  }
  if (isEnterpriseServer(context.environment.serverUrl)) {
    context.log.warning(`model artifact \`${name}\` not uploaded: ${GHES}; the model is in this job's workspace only`);
    return null;
  }
  try {
    const { uploadModelArtifact } = await import("./gateway-ONN62WGU.js");
    const uploaded = await uploadModelArtifact(name, root, paths);
    context.log.info(`uploaded ${paths.join(", ")} as artifact \`${name}\` (${uploaded.size ?? "?"} bytes, id ${uploaded.id ?? "?"})`);
    return uploaded.id ?? null;
  } catch (error) {
    context.log.warning(`model artifact \`${name}\` not uploaded: ${error.message}`);
    return null;
  }
}
async function downloadModel(options) {
  if (options.artifact === void 0 || options.artifact === "") {
    if (options.runId) throw new InputError("model-run-id is given without model-artifact (the name of the artifact to download from that run)");
    return null;
  }
  if (options.runId !== void 0 && !/^[1-9]\d{0,19}$/.test(options.runId)) {
    throw new InputError(`model-run-id \`${options.runId}\` is not a workflow run id (a positive whole number, e.g. \${{ github.event.workflow_run.id }})`);
  }
  if (isEnterpriseServer(options.environment.serverUrl)) {
    throw new InputError(`model-artifact \`${options.artifact}\`: ${GHES}; fetch the model from the registry instead (the fetch action, \`mlgate fetch\`)`);
  }
  const destination = resolve(options.destination);
  const { downloadModelArtifact } = await import("./gateway-ONN62WGU.js");
  const { id } = await downloadModelArtifact(options.artifact, { runId: options.runId, token: options.token, repository: options.environment.repository }, destination);
  options.log.info(`downloaded model artifact \`${options.artifact}\` (id ${id}) from ${options.runId ? `workflow run ${options.runId}` : "this workflow run"} into ${destination}`);
  return destination;
}

export {
  uploadModel,
  downloadModel
};
