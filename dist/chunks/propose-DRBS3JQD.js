import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runGit
} from "./chunk-I5ZWA4JK.js";
import {
  COMMENT_LIMIT,
  upsertStickyComment
} from "./chunk-VXSCWYQM.js";
import {
  checkModelName
} from "./chunk-D7XARLC7.js";
import {
  NO_AUTOMATIC_RETRY,
  isPermissionDenied,
  openGateway,
  statusOf
} from "./chunk-MKBYBNPK.js";
import "./chunk-PSG56SAE.js";
import "./chunk-7QWFEBRW.js";
import {
  childEnvironment
} from "./chunk-VJ7MSKR2.js";
import {
  ExternalServiceError,
  InputError
} from "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";

// shared/commands/propose.ts
import { readFileSync } from "node:fs";

// shared/adapters/process/retrain-branch.ts
import { globSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var RETRAIN_TRAILER = "Mlgate-Retrain";
var BOT_IDENTITY = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
var noPrompt = () => ({ env: childEnvironment({ GIT_TERMINAL_PROMPT: "0" }) });
async function pushRetrainCommit(request) {
  const top = await gitOut(["rev-parse", "--show-toplevel"], request.cwd, (r) => new InputError(`${request.cwd} is not inside a git repository: mlgate propose commits with git (${firstLine(r.stderr)})`));
  const url = await gitOut(["remote", "get-url", request.remote], top, () => new InputError(`remote \`${request.remote}\` is not configured in ${top} (git remote -v lists the remotes; actions/checkout names it origin)`));
  const auth = authArgs(url, request.token, request.mask);
  const branchRef = await checkBranchName(request.branch, top);
  const base = request.base ?? await remoteDefaultBranch(top, request.remote, auth);
  const baseRef = await checkBranchName(base, top);
  if (baseRef === branchRef) throw new InputError(`branch \`${request.branch}\` is the base branch: mlgate proposes on its own branch and never pushes to the base (give another \`branch\`)`);
  const paths = expandFiles(request.files, request.cwd, top);
  const tips = await remoteTips(top, request.remote, auth, [baseRef, branchRef]);
  const baseSha = tips.get(baseRef);
  if (!baseSha) throw new InputError(`base branch \`${base}\` does not exist on remote \`${request.remote}\``);
  const branchTip = tips.get(branchRef) ?? null;
  await fetchTips(top, request.remote, auth, [baseRef, ...branchTip ? [branchRef] : []]);
  const wanted = [baseSha, ...branchTip ? [branchTip] : []];
  const present = (await runGit(["cat-file", "--batch-check"], top, { input: `${wanted.join("\n")}
` })).stdout.split("\n");
  wanted.forEach((sha, i) => {
    if (!(present[i] ?? "").startsWith(`${sha} commit `)) {
      throw new InputError(`branch \`${sha === baseSha ? base : request.branch}\` moved on remote \`${request.remote}\` while mlgate read it: nothing was pushed; run again`);
    }
  });
  const tree = await treeWith(top, baseSha, paths);
  const [baseTree, tipTree] = (await gitOut(["rev-parse", `${baseSha}^{tree}`, ...branchTip ? [`${branchTip}^{tree}`] : []], top, failed("rev-parse"))).split("\n");
  const tipParents = branchTip ? await checkOurs(top, branchTip, baseSha, request) : [];
  if (tree === baseTree) return { base, baseSha, branch: request.branch, commit: null, outcome: "unchanged", paths };
  if (branchTip && tipTree === tree && tipParents[0] === baseSha) return { base, baseSha, branch: request.branch, commit: branchTip, outcome: "same", paths };
  const message = `${request.subject}

${request.body.trim()}

${RETRAIN_TRAILER}: ${request.model}
`;
  const commit = await gitOut([...await defaultIdentity(top), "commit-tree", tree, "-p", baseSha, "-m", message], top, failed("commit-tree"));
  const lease = `--force-with-lease=${branchRef}:${branchTip ?? ""}`;
  const push = await runGit([...auth, "push", "--porcelain", "--no-verify", lease, request.remote, `${commit}:${branchRef}`], top, noPrompt());
  if (push.exitCode !== 0) throw pushFailure(push, request);
  return { base, baseSha, branch: request.branch, commit, outcome: "pushed", paths };
}
function authArgs(url, token, mask) {
  if (!token || !/^https?:\/\//i.test(url)) return [];
  const origin = new URL(url).origin;
  const header = Buffer.from(`x-access-token:${token}`).toString("base64");
  mask?.(header);
  return ["-c", `http.${origin}/.extraheader=`, "-c", `http.${origin}/.extraheader=AUTHORIZATION: basic ${header}`];
}
async function checkBranchName(name, cwd) {
  const ref = `refs/heads/${name}`;
  const check = await runGit(["check-ref-format", ref], cwd);
  if (check.exitCode !== 0 || name.startsWith("-")) throw new InputError(`branch \`${name}\` is not a valid git branch name (git check-ref-format)`);
  return ref;
}
async function remoteDefaultBranch(cwd, remote, auth) {
  const result = await runGit([...auth, "ls-remote", "--symref", remote, "HEAD"], cwd, noPrompt());
  if (result.exitCode !== 0) throw remoteFailure("git ls-remote", remote, result);
  const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(result.stdout);
  if (!match) throw new InputError(`remote \`${remote}\` names no default branch (HEAD): give \`base\``);
  return match[1];
}
async function remoteTips(cwd, remote, auth, refs) {
  const result = await runGit([...auth, "ls-remote", remote, ...refs], cwd, noPrompt());
  if (result.exitCode !== 0) throw remoteFailure("git ls-remote", remote, result);
  const tips = /* @__PURE__ */ new Map();
  for (const line of result.stdout.split("\n").filter(Boolean)) {
    const [sha, ref] = line.split("	");
    if (refs.includes(ref)) tips.set(ref, sha);
  }
  return tips;
}
async function fetchTips(cwd, remote, auth, refs) {
  const result = await runGit([...auth, "fetch", "--quiet", "--no-tags", "--no-recurse-submodules", remote, ...refs], cwd, noPrompt());
  if (result.exitCode !== 0) throw remoteFailure("git fetch", remote, result);
}
async function checkOurs(cwd, tip, baseSha, request) {
  const [parentList, trailers = ""] = (await gitOut(["log", "-1", `--format=%P%x01%(trailers:key=${RETRAIN_TRAILER},valueonly,separator=%x00)`, tip], cwd, failed("log"))).split("");
  const parents = parentList.split(" ").filter(Boolean);
  const why = !trailers.split("\0").map((v) => v.trim()).includes(request.model) ? `its tip ${tip.slice(0, 12)} was not made by mlgate for model \`${request.model}\` (no \`${RETRAIN_TRAILER}: ${request.model}\` trailer)` : parents.length !== 1 ? `its tip ${tip.slice(0, 12)} is a merge` : (await runGit(["merge-base", "--is-ancestor", parents[0], baseSha], cwd)).exitCode !== 0 ? `its tip ${tip.slice(0, 12)} sits on commits that are not in the base branch` : void 0;
  if (why) {
    throw new InputError(`branch \`${request.branch}\` on remote \`${request.remote}\`: ${why}. mlgate never overwrites what it did not make: merge or close the work on it and delete the branch, or give another \`branch\``);
  }
  return parents;
}
async function treeWith(cwd, baseSha, paths) {
  const folder = mkdtempSync(join(tmpdir(), "mlgate-propose-"));
  try {
    const env = childEnvironment({ GIT_INDEX_FILE: join(folder, "index") });
    await gitOut(["read-tree", baseSha], cwd, failed("read-tree"), { env });
    if (paths.some((path) => /[\n\r\0]/.test(path))) throw new InputError(`files: a file name holds a line break, which git's path lists cannot carry: rename it`);
    const shas = (await gitOut(["hash-object", "-w", "--stdin-paths"], cwd, failed("hash-object"), { env, input: `${paths.join("\n")}
` })).split("\n");
    const entries = paths.map((path, i) => `${(statSync(join(cwd, path)).mode & 73) !== 0 ? "100755" : "100644"} ${shas[i]}	${path}`);
    await gitOut(["update-index", "--add", "-z", "--index-info"], cwd, failed("update-index"), { env, input: `${entries.join("\0")}\0` });
    return await gitOut(["write-tree"], cwd, failed("write-tree"), { env });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
function expandFiles(entries, cwd, top) {
  if (entries.length === 0) throw new InputError("`files` is empty: name the retrained files to propose (params, metrics, run record, model files)");
  const found = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const matches = /[*?[]/.test(entry) ? globSync(entry, { cwd }).map((m) => resolve(cwd, m)) : [resolve(cwd, entry)];
    if (matches.length === 0) throw new InputError(`files: \`${entry}\` matches no file`);
    for (const match of matches) {
      const stat = statSync(match, { throwIfNoEntry: false });
      if (!stat) throw new InputError(`files: \`${entry}\` not found`);
      for (const file of stat.isDirectory() ? filesUnder(match) : [match]) {
        const path = relative(top, file);
        if (path === "" || path.startsWith("..") || isAbsolute(path)) throw new InputError(`files: \`${entry}\` is outside the repository ${top}`);
        const posix = path.split(sep).join("/");
        if (posix === ".git" || posix.startsWith(".git/")) throw new InputError(`files: \`${entry}\` is inside .git`);
        found.add(posix);
      }
    }
  }
  if (found.size === 0) throw new InputError(`files: ${entries.join(", ")} hold no file`);
  return [...found].sort();
}
function filesUnder(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
async function defaultIdentity(cwd) {
  const configured = (await runGit(["config", "--get-regexp", "^user\\.(name|email)$"], cwd)).stdout.split("\n").map((line) => /^user\.(name|email) (.*\S.*)$/i.exec(line)?.[1]?.toLowerCase()).filter(Boolean);
  return [
    ...configured.includes("name") ? [] : ["-c", `user.name=${BOT_IDENTITY.name}`],
    ...configured.includes("email") ? [] : ["-c", `user.email=${BOT_IDENTITY.email}`]
  ];
}
function pushFailure(push, request) {
  const text = `${push.stdout}
${push.stderr}`;
  if (/stale info|\[rejected\]|fetch first|non-fast-forward/i.test(text)) {
    return new InputError(`branch \`${request.branch}\` changed on remote \`${request.remote}\` while mlgate prepared its commit (someone pushed): nothing was overwritten; run again`);
  }
  if (/\b403\b|permission to .* denied|not allowed|write access/i.test(text)) {
    return new InputError(`the token may not push to \`${request.remote}\`: give the job \`permissions: contents: write\` (${firstLine(push.stderr)})`);
  }
  return remoteFailure("git push", request.remote, push);
}
function remoteFailure(command, remote, result) {
  return new ExternalServiceError({ service: "git", call: command, request: `${command} ${remote}`, status: void 0, detail: firstLine(result.stderr), retries: 0 });
}
function failed(command) {
  return (result) => new Error(`git ${command} failed (exit ${result.exitCode}): ${firstLine(result.stderr)}`);
}
async function gitOut(args, cwd, error, options = {}) {
  const result = await runGit(args, cwd, options);
  if (result.exitCode !== 0) throw error(result);
  return result.stdout.trim();
}
function firstLine(text) {
  return text.trim().split("\n").filter((line) => !/^hint:/.test(line))[0] || "no message";
}

// shared/adapters/github/retrain-pull-request.ts
function retrainMarker(model) {
  return `<!-- mlgate:retrain model=${encodeURIComponent(model)} -->`;
}
function retrainCommentKey(model) {
  return `retrain/${model}`;
}
var PERMISSION_HINT = 'give the job `permissions: pull-requests: write`, and allow it in the repository (Settings \u2192 Actions \u2192 General \u2192 "Allow GitHub Actions to create and approve pull requests") when the token is GITHUB_TOKEN';
async function syncRetrainPullRequest(gateway, request) {
  const { client } = gateway;
  const repo = { owner: request.owner, repo: request.repo };
  try {
    const existing = await findOpen(gateway, request);
    if (existing && request.onlyIfMissing) return null;
    let result;
    if (existing && !(existing.body ?? "").startsWith(retrainMarker(request.model))) {
      result = { action: "updated", number: existing.number, url: existing.html_url };
    } else if (existing) {
      const { data } = await client.rest.pulls.update({
        ...repo,
        pull_number: existing.number,
        title: request.title,
        body: request.body,
        ...existing.base.ref === request.base ? {} : { base: request.base }
      });
      result = { action: "updated", number: data.number, url: data.html_url };
    } else {
      const made = await gateway.createOnce(
        async () => {
          try {
            return (await client.rest.pulls.create({ ...repo, head: request.branch, base: request.base, title: request.title, body: request.body, maintainer_can_modify: false, ...NO_AUTOMATIC_RETRY })).data;
          } catch (error) {
            if (statusOf(error) === 422 && /already exists/i.test(String(error.message))) {
              const raced = await findOpen(gateway, request);
              if (raced) return raced;
            }
            throw error;
          }
        },
        () => findOpen(gateway, request)
      );
      result = { action: "opened", number: made.number, url: made.html_url };
    }
    const comment = request.report === null ? null : await upsertStickyComment(client, {
      ...repo,
      issueNumber: result.number,
      key: retrainCommentKey(request.model),
      body: fitComment(request.report),
      ...request.commentAuthor ? { author: request.commentAuthor } : {}
    });
    return { ...result, comment };
  } catch (error) {
    if (isPermissionDenied(error) || statusOf(error) === 403 && /not permitted to create or approve pull requests/i.test(String(error.message))) {
      throw new InputError(`the token may not open or update the pull request for branch \`${request.branch}\` (${error.message}): ${PERMISSION_HINT}`);
    }
    throw error;
  }
}
async function findOpen(gateway, request) {
  const pulls = await gateway.client.paginate(gateway.client.rest.pulls.list, {
    owner: request.owner,
    repo: request.repo,
    state: "open",
    head: `${request.owner}:${request.branch}`,
    per_page: 100
  });
  return pulls.filter((p) => p.head.ref === request.branch && p.head.repo?.full_name?.toLowerCase() === `${request.owner}/${request.repo}`.toLowerCase()).sort((a, b) => a.number - b.number)[0];
}
function fitComment(report) {
  const room = COMMENT_LIMIT - 1024;
  if ([...report].length <= room) return report;
  return `${[...report].slice(0, room).join("")}

\u2026 (cut at GitHub's comment limit; the full report is in the run's job summary)
`;
}

// shared/commands/propose.ts
function retrainBranch(model) {
  return `mlgate/retrain/${model.replace(":", "=")}`;
}
async function propose(options) {
  const model = checkModelName(options.model.trim());
  const branch = options.branch?.trim() || retrainBranch(model);
  const repository = options.environment.repository;
  if (!options.token) throw new InputError("propose needs a token that may push and open pull requests (the action's github-token input; the CLI reads GITHUB_TOKEN)");
  if (!repository) throw new InputError("propose needs the repository (GITHUB_REPOSITORY=owner/name; set by the runner)");
  const report = options.report === void 0 ? null : readReport(options.report);
  const title = options.title?.replace(/\s+/g, " ").trim() || `Retrain ${model}`;
  const pushed = await pushRetrainCommit({
    cwd: options.cwd,
    model,
    files: options.files,
    branch,
    ...options.base?.trim() ? { base: options.base.trim() } : {},
    remote: options.remote,
    subject: title,
    body: `Retrained by mlgate propose${options.environment.runUrl ? ` in ${options.environment.runUrl}` : ""}.`,
    token: options.token,
    ...options.mask ? { mask: options.mask } : {}
  });
  const base = { model, branch, base: pushed.base, files: pushed.paths };
  if (pushed.outcome === "unchanged") {
    return { ...base, commit: "", action: "unchanged", pull_request: null, comment_url: null, note: `${model}: the retrained files equal ${pushed.base}'s: nothing to propose` };
  }
  const gateway = openGateway(options.environment, { token: options.token, log: options.log, ...options.policy ? { policy: options.policy } : {} });
  const request = {
    owner: repository.owner,
    repo: repository.repo,
    model,
    branch,
    base: pushed.base,
    title,
    body: pullRequestBody(model, pushed, report, options.environment.runUrl),
    report,
    ...options.commentAuthor ? { commentAuthor: options.commentAuthor } : {}
  };
  let pr;
  if (pushed.outcome === "same") {
    const opened = await syncRetrainPullRequest(gateway, { ...request, onlyIfMissing: true });
    if (opened === null) {
      return { ...base, commit: pushed.commit ?? "", action: "unchanged", pull_request: null, comment_url: null, note: `${model}: ${branch} already proposes these files on ${pushed.base}; its pull request is left as it is` };
    }
    pr = opened;
  } else {
    pr = await syncRetrainPullRequest(gateway, request);
  }
  const said = pr.action === "opened" ? "opened" : "updated";
  return {
    ...base,
    commit: pushed.commit ?? "",
    action: pr.action,
    pull_request: { number: pr.number, url: pr.url },
    comment_url: pr.comment?.url ?? null,
    note: `${model}: ${said} pull request #${pr.number} (${branch} \u2192 ${pushed.base})`
  };
}
function readReport(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(`report: ${path}: ${error.code === "ENOENT" ? "not found" : error.message}`);
  }
  if (text.trim() === "") throw new InputError(`report: ${path} is empty (give the gate's markdown report, its \`report-markdown\` output)`);
  return text;
}
function verdictLine(report) {
  const line = report?.split("\n").find((l) => /^#{1,6}\s/.test(l));
  return line ? line.replace(/^#{1,6}\s+/, "").trim() : null;
}
function pullRequestBody(model, pushed, report, runUrl) {
  const escaped = model.replace(/[\\`*_[\]<>]/g, "\\$&");
  const verdict = verdictLine(report);
  const shown = pushed.paths.slice(0, 50).map((p) => `- \`${p.replace(/`/g, "'")}\``);
  if (pushed.paths.length > 50) shown.push(`- \u2026 and ${pushed.paths.length - 50} more`);
  return [
    retrainMarker(model),
    `mlgate retrained **${escaped}** on fresh data${runUrl ? ` in [this run](${runUrl})` : ""} and proposes the result against \`${pushed.base}\` (${pushed.baseSha.slice(0, 12)}). Merge to adopt it; close to keep the current model.`,
    ...verdict ? ["", `**Report:** ${verdict} (in the comment below).`] : [],
    "",
    "Files:",
    ...shown,
    "",
    "<sub>mlgate replaces this branch's commit on every retrain. Do not push to it: mlgate then refuses to overwrite it.</sub>",
    ""
  ].join("\n");
}
export {
  propose,
  pullRequestBody,
  retrainBranch
};
