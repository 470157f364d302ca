import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  filesUnder
} from "./chunk-PSG56SAE.js";
import {
  Octokit,
  legacyRestEndpointMethods,
  paginateRest,
  requestLog,
  require_light,
  retry
} from "./chunk-7QWFEBRW.js";
import {
  ExternalServiceError,
  InputError
} from "./chunk-VI54XDHW.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

// shared/adapters/github/gateway/policy.ts
var RATE_LIMIT_WAIT_CAP_S = 15 * 60;
var DEFAULT_POLICY = {
  retries: 3,
  backoffBaseMs: 1e3,
  doNotRetry: [400, 401, 403, 404, 410, 422, 451],
  rateLimitRetries: 3,
  apiTimeoutMs: 3e4,
  downloadTimeoutMs: 3e5,
  uploadTimeoutMs: 6e5,
  writeIntervalMs: null
};
function policyFor(environment, overrides = {}) {
  const { timeoutMs, writeIntervalMs, retryBaseMs } = environment.api;
  return {
    ...DEFAULT_POLICY,
    ...timeoutMs !== null ? { apiTimeoutMs: timeoutMs } : {},
    ...writeIntervalMs !== null ? { writeIntervalMs } : {},
    ...retryBaseMs !== null ? { backoffBaseMs: retryBaseMs } : {},
    ...overrides
  };
}
function isRetryable(policy, status) {
  return status === void 0 || status >= 400 && !policy.doNotRetry.includes(status);
}
function backoffMs(policy, n) {
  return n * n * policy.backoffBaseMs;
}

// shared/adapters/github/gateway/create-once.ts
var NO_AUTOMATIC_RETRY = { request: { retries: 0 } };
async function createOnce(policy, create, findMade) {
  for (let retries = 0; ; retries++) {
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof ExternalServiceError) || !isRetryable(policy, error.status)) throw error;
      const last = retries >= policy.retries;
      await new Promise((done) => setTimeout(done, backoffMs(policy, last ? 1 : retries + 1)));
      const made = await findMade();
      if (made !== void 0) return made;
      if (last) throw retries === 0 ? error : new ExternalServiceError({ service: error.service, call: error.call, request: error.request, status: error.status, detail: error.detail, retries, cause: error });
    }
  }
}

// node_modules/@octokit/rest/dist-src/version.js
var VERSION = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// shared/adapters/github/gateway/octokit.ts
var import_light2 = __toESM(require_light(), 1);

// shared/adapters/github/gateway/failures.ts
import { STATUS_CODES } from "node:http";
function httpFailure(description, status, body, retries, cause) {
  return new ExternalServiceError({ ...description, status, detail: detailOf(status, body), retries, cause });
}
function networkFailure(description, error, timeoutMs, retries) {
  return new ExternalServiceError({ ...description, status: void 0, detail: networkDetail(error, timeoutMs), retries, cause: error });
}
function isPermissionDenied(error) {
  return error instanceof ExternalServiceError && error.status === 403 && /Resource not accessible by (integration|personal access token)/i.test(error.detail);
}
function statusOf(error) {
  return error instanceof ExternalServiceError ? error.status : void 0;
}
function pathOf(url, basePath = "") {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  const base = basePath.replace(/\/+$/, "");
  const relative = base && path.startsWith(`${base}/`) ? path.slice(base.length) : path;
  try {
    return decodeURIComponent(relative) || "/";
  } catch {
    return relative || "/";
  }
}
function detailOf(status, body) {
  let text = "";
  if (typeof body === "object" && body !== null && typeof body.message === "string") {
    const { message, errors } = body;
    const reasons = Array.isArray(errors) ? errors.map((e) => typeof e === "string" ? e : [e?.code, e?.field && `on ${e.field}`, e?.message].filter(Boolean).join(" ")).filter(Boolean) : [];
    text = reasons.length ? `${message} (${reasons.join("; ")})` : message;
  } else if (typeof body === "string" && !/^\s*</.test(body)) {
    text = body;
  }
  return oneLine(text) || STATUS_CODES[status] || "error";
}
function networkDetail(error, timeoutMs) {
  const causes = [];
  for (let e = error; e instanceof Error && causes.length < 5; e = e.cause) causes.push(e);
  if (causes.some((e) => e.name === "TimeoutError")) return `no answer within ${seconds(timeoutMs)}`;
  const innermost = causes.at(-1);
  const reason = innermost ? [innermost.code, innermost.message].filter(Boolean).join(" ") : String(error);
  return `the connection failed (${oneLine(reason)})`;
}
function seconds(ms) {
  return ms >= 1e3 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
function oneLine(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 299)}\u2026` : line;
}

// shared/adapters/github/gateway/octokit.ts
var ClientWithPlugins = Octokit2.plugin(throttling, retry);
function createClient(token, apiUrl, policy, log) {
  const paced = (id) => new import_light2.default.Group({ id, maxConcurrent: 1, minTime: policy.writeIntervalMs ?? 0 });
  const pacing = policy.writeIntervalMs !== null ? { write: paced("mlgate-write"), notifications: paced("mlgate-notifications") } : {};
  const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
    if (retryAfter > RATE_LIMIT_WAIT_CAP_S) {
      log.warning(`${kind} rate limit on ${request.method} ${request.url}: GitHub asks to wait ${retryAfter} s, longer than mlgate waits (${RATE_LIMIT_WAIT_CAP_S / 60} min)`);
      return false;
    }
    if (retryCount >= policy.rateLimitRetries) {
      log.warning(`${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
      return false;
    }
    log.info(`${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
    return true;
  };
  const timedFetch = (url, init) => {
    const timeout = AbortSignal.timeout(policy.apiTimeoutMs);
    return fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
  const client = new ClientWithPlugins({
    auth: token,
    baseUrl: apiUrl,
    userAgent: "mlgate",
    log: { debug: () => void 0, info: () => void 0, warn: (m) => log.warning(m), error: () => void 0 },
    throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary"), ...pacing },
    retry: { retries: policy.retries, retryAfterBaseValue: policy.backoffBaseMs, doNotRetry: [...policy.doNotRetry] },
    request: { fetch: timedFetch }
  });
  const basePath = new URL(apiUrl).pathname;
  client.hook.wrap("request", async (request, options) => {
    let attempts = 0;
    const inner = options.request?.fetch ?? timedFetch;
    options.request = { ...options.request, fetch: ((url, init) => {
      attempts++;
      return inner(url, init);
    }) };
    try {
      return await request(options);
    } catch (error) {
      const failed = error;
      if (typeof failed?.status !== "number" || !failed.request) throw error;
      const method = String(options.method);
      const template = pathOf(String(options.url), basePath).replace(/\{\?[^}]*\}$/, "");
      const description = {
        service: "GitHub API",
        call: `${method} ${template}`,
        request: `${method} ${pathOf(failed.request.url ?? String(options.url), basePath)}`
      };
      const retries = Math.max(0, attempts - 1);
      if (!failed.response) throw networkFailure(description, error, policy.apiTimeoutMs, retries);
      throw httpFailure(description, failed.status, failed.response.data, retries, error);
    }
  });
  return client;
}

// shared/adapters/github/gateway/release-assets.ts
import { createReadStream, createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var DOWNLOAD = "GET /repos/{owner}/{repo}/releases/assets/{asset_id}";
var UPLOAD = "POST /repos/{owner}/{repo}/releases/{release_id}/assets";
async function downloadReleaseAsset(transfers, owner, repo, assetId, path) {
  const url = `${transfers.apiUrl}/repos/${owner}/${repo}/releases/assets/${assetId}`;
  const description = { service: "GitHub API", call: DOWNLOAD, request: `GET ${pathOf(url, new URL(transfers.apiUrl).pathname)}` };
  return withRetries(transfers, description, transfers.policy.downloadTimeoutMs, async (signal) => {
    let response = await fetch(url, {
      headers: { authorization: `token ${transfers.token}`, accept: "application/octet-stream", "user-agent": "mlgate" },
      redirect: "manual",
      signal
    });
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location");
      if (!location) return { status: response.status, body: `HTTP ${response.status} without a Location header`, headers: response.headers };
      response = await fetch(location, { headers: { "user-agent": "mlgate" }, signal });
    }
    if (!response.ok || !response.body) return { status: response.status, body: await bodyOf(response), headers: response.headers };
    let size = 0;
    const count = new Transform({
      transform(chunk, _encoding, done) {
        size += chunk.length;
        done(null, chunk);
      }
    });
    await pipeline(Readable.fromWeb(response.body), count, createWriteStream(path));
    return { value: { size } };
  });
}
async function uploadReleaseAsset(transfers, uploadUrl, name, source, contentType) {
  const url = `${uploadUrl.replace(/\{\?[^}]*\}$/, "")}?name=${encodeURIComponent(name)}`;
  const description = { service: "GitHub API", call: UPLOAD, request: `POST ${pathOf(url)}` };
  await withRetries(transfers, description, transfers.policy.uploadTimeoutMs, async (signal) => {
    const body = "path" in source ? Readable.toWeb(createReadStream(source.path)) : source.text;
    const length = "path" in source ? source.size : Buffer.byteLength(source.text);
    const response = await fetch(url, {
      method: "POST",
      body,
      duplex: "half",
      signal,
      headers: { authorization: `token ${transfers.token}`, "content-type": contentType, "content-length": String(length), accept: "application/vnd.github+json", "user-agent": "mlgate" }
    });
    if (!response.ok) return { status: response.status, body: await bodyOf(response), headers: response.headers };
    await response.body?.cancel();
    return { value: void 0 };
  });
}
async function withRetries(transfers, description, timeoutMs, attempt) {
  const { policy, log } = transfers;
  let retries = 0;
  let rateLimited = 0;
  let wait = 0;
  for (; ; ) {
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    let failure;
    try {
      const outcome = await attempt(AbortSignal.timeout(timeoutMs));
      if ("value" in outcome) return outcome.value;
      failure = httpFailure(description, outcome.status, outcome.body, retries + rateLimited);
      const limit = rateLimitOf(outcome.status, outcome.headers);
      if (limit) {
        if (limit.seconds > RATE_LIMIT_WAIT_CAP_S) {
          throw new ExternalServiceError({
            ...description,
            status: outcome.status,
            retries: retries + rateLimited,
            detail: `GitHub's ${limit.kind} rate limit asks to wait ${limit.seconds} s, longer than mlgate waits (${RATE_LIMIT_WAIT_CAP_S / 60} min); run it again later`
          });
        }
        if (rateLimited >= policy.rateLimitRetries) {
          log.warning(`${limit.kind} rate limit on ${description.request}: giving up after ${rateLimited} retries`);
          throw failure;
        }
        rateLimited++;
        log.info(`${limit.kind} rate limit on ${description.request}: retrying in ${limit.seconds} s`);
        wait = limit.seconds * 1e3;
        continue;
      }
    } catch (error) {
      if (error instanceof ExternalServiceError) throw error;
      if (typeof error?.path === "string") throw error;
      failure = networkFailure(description, error, timeoutMs, retries + rateLimited);
    }
    if (retries >= policy.retries || !isRetryable(policy, failure.status)) throw failure;
    retries++;
    wait = backoffMs(policy, retries);
  }
}
function rateLimitOf(status, headers) {
  if (status !== 403 && status !== 429) return void 0;
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null && /^\s*\d+\s*$/.test(retryAfter)) return { kind: "secondary", seconds: Number(retryAfter) };
  const reset = headers.get("x-ratelimit-reset");
  if (headers.get("x-ratelimit-remaining") === "0" && reset !== null && /^\s*\d+\s*$/.test(reset)) {
    return { kind: "primary", seconds: Math.max(0, Number(reset) - Math.floor(Date.now() / 1e3)) + 1 };
  }
  return void 0;
}
async function bodyOf(response) {
  const text = await response.text().catch(() => "");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// shared/adapters/github/gateway/artifact.ts
import { join } from "node:path";
async function uploadWorkflowArtifact(name, files, root, options = {}) {
  try {
    const { DefaultArtifactClient } = await import("./artifact-F46EXVJB.js");
    const result = await new DefaultArtifactClient().uploadArtifact(name, files, root, options);
    return { id: result.id, size: result.size };
  } catch (error) {
    throw artifactFailure(error, "upload artifact", `upload of artifact \`${name}\``);
  }
}
async function uploadModelArtifact(name, root, paths) {
  const files = (await Promise.all(paths.map((path) => filesUnder(root, path, "artifact path")))).flat();
  return uploadWorkflowArtifact(name, [...new Set(files)].map((file) => join(root, file)), root, { compressionLevel: 0 });
}
async function downloadModelArtifact(name, source, destination) {
  const runId = source.runId === void 0 || source.runId === "" ? null : String(source.runId);
  if (runId !== null && (!source.token || !source.repository)) {
    throw new InputError(`model artifact \`${name}\` of run ${runId}: reading another run's artifacts needs a token and the repository`);
  }
  const findBy = runId === null ? void 0 : { token: source.token, workflowRunId: Number(runId), repositoryOwner: source.repository.owner, repositoryName: source.repository.repo };
  const where = runId === null ? "this workflow run" : `workflow run ${runId}`;
  let id;
  try {
    const { DefaultArtifactClient } = await import("./artifact-F46EXVJB.js");
    const client = new DefaultArtifactClient();
    let digest;
    try {
      ({ id, digest } = (await client.getArtifact(name, findBy ? { findBy } : void 0)).artifact);
    } catch (error) {
      if (error.name === "ArtifactNotFoundError") {
        throw new InputError(`model artifact \`${name}\` not found in ${where} (it expires after the repository's retention period; check the name and the run id)`);
      }
      throw error;
    }
    const result = await client.downloadArtifact(id, { path: destination, ...digest ? { expectedHash: digest } : {}, ...findBy ? { findBy } : {} });
    if (result.digestMismatch) throw new Error(`the archive's SHA-256 differs from the digest ${digest} recorded when it was uploaded; the files written to ${destination} are not the uploaded ones`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw artifactFailure(error, "download artifact", `download of artifact \`${name}\` from ${where}`);
  }
  return { id, runId };
}
function artifactFailure(error, call, request) {
  const message = error instanceof Error ? error.message : String(error);
  const status = /Failed request: \((\d{3})\)/.exec(message)?.[1] ?? error.status;
  return new ExternalServiceError({
    service: "GitHub artifacts",
    call,
    request,
    status: status === void 0 ? void 0 : Number(status),
    detail: message.split("\n")[0],
    retries: 0,
    cause: error
  });
}

// shared/adapters/github/gateway/index.ts
function openGateway(environment, options) {
  const policy = policyFor(environment, options.policy);
  const log = options.log ?? { info: () => void 0, warning: () => void 0 };
  const transfers = { token: options.token, apiUrl: environment.apiUrl, policy, log };
  return {
    client: createClient(options.token, environment.apiUrl, policy, log),
    policy,
    downloadReleaseAsset: (owner, repo, assetId, path) => downloadReleaseAsset(transfers, owner, repo, assetId, path),
    uploadReleaseAsset: (uploadUrl, name, source, contentType) => uploadReleaseAsset(transfers, uploadUrl, name, source, contentType),
    createOnce: (create, findMade) => createOnce(policy, create, findMade)
  };
}

export {
  isRetryable,
  backoffMs,
  NO_AUTOMATIC_RETRY,
  createOnce,
  isPermissionDenied,
  statusOf,
  uploadWorkflowArtifact,
  uploadModelArtifact,
  downloadModelArtifact,
  openGateway
};
