import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/environment.ts
function readEnvironment(env) {
  const get = (name) => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const serverUrl = url("GITHUB_SERVER_URL", get("GITHUB_SERVER_URL") ?? "https://github.com");
  const apiUrl = url("GITHUB_API_URL", get("GITHUB_API_URL") ?? defaultApiUrl(serverUrl));
  const repository = repositoryOf(get("GITHUB_REPOSITORY"));
  const runId = get("GITHUB_RUN_ID");
  return {
    repository,
    serverUrl,
    apiUrl,
    runId,
    runAttempt: get("GITHUB_RUN_ATTEMPT"),
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : null,
    sha: get("GITHUB_SHA"),
    ref: get("GITHUB_REF"),
    baseRef: get("GITHUB_BASE_REF"),
    actor: get("GITHUB_ACTOR") ?? get("USER"),
    workflow: get("GITHUB_WORKFLOW"),
    workflowRef: get("GITHUB_WORKFLOW_REF"),
    job: get("GITHUB_JOB"),
    eventName: get("GITHUB_EVENT_NAME"),
    eventPath: get("GITHUB_EVENT_PATH"),
    workspace: get("GITHUB_WORKSPACE"),
    runnerTemp: get("RUNNER_TEMP"),
    runnerOs: get("RUNNER_OS"),
    runnerEnvironment: get("RUNNER_ENVIRONMENT"),
    // Not trimmed away: a token is used as given.
    token: env.GITHUB_TOKEN ? env.GITHUB_TOKEN : null,
    api: {
      timeoutMs: milliseconds("MLGATE_API_TIMEOUT_MS", get("MLGATE_API_TIMEOUT_MS"), 1),
      writeIntervalMs: milliseconds("MLGATE_API_WRITE_INTERVAL_MS", get("MLGATE_API_WRITE_INTERVAL_MS"), 0),
      retryBaseMs: milliseconds("MLGATE_API_RETRY_BASE_MS", get("MLGATE_API_RETRY_BASE_MS"), 0)
    },
    actionsServices: {
      resultsUrl: get("ACTIONS_RESULTS_URL"),
      cacheUrl: get("ACTIONS_CACHE_URL"),
      runtimeToken: get("ACTIONS_RUNTIME_TOKEN"),
      cacheServiceV2: get("ACTIONS_CACHE_SERVICE_V2") !== null
    }
  };
}
function hasActionsCache(environment) {
  const services = environment.actionsServices;
  const v2 = services.cacheServiceV2 && !isEnterpriseServer(environment.serverUrl);
  return services.runtimeToken !== null && (v2 ? services.resultsUrl !== null : services.cacheUrl !== null);
}
function currentEnvironment() {
  return readEnvironment(process.env);
}
function childEnvironment(extra) {
  return { ...process.env, ...extra };
}
function defaultApiUrl(serverUrl) {
  const { protocol, host, hostname } = new URL(serverUrl);
  if (hostname === "github.com") return "https://api.github.com";
  if (hostname.endsWith(".ghe.com")) return `${protocol}//api.${host}`;
  return `${serverUrl}/api/v3`;
}
function isEnterpriseServer(serverUrl) {
  const { hostname } = new URL(serverUrl);
  return !(hostname === "github.com" || hostname.endsWith(".ghe.com") || hostname.endsWith(".localhost"));
}
function url(name, value) {
  try {
    new URL(value);
  } catch {
    throw new InputError(`${name} \`${value}\` is not a URL (e.g. https://github.com)`);
  }
  return value.replace(/\/+$/, "");
}
function repositoryOf(value) {
  if (value === null) return null;
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
  if (!match) throw new InputError(`GITHUB_REPOSITORY \`${value}\` is not owner/name`);
  return { owner: match[1], repo: match[2] };
}
function milliseconds(name, value, minimum) {
  if (value === null) return null;
  const number = Number(value);
  if (!Number.isFinite(number) || number < minimum) {
    throw new InputError(`${name} must be a number of milliseconds${minimum > 0 ? " above 0" : ", 0 or more"}, got \`${value}\``);
  }
  return number;
}

export {
  readEnvironment,
  hasActionsCache,
  currentEnvironment,
  childEnvironment,
  isEnterpriseServer
};
