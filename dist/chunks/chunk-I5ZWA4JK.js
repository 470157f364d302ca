import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/process/git.ts
import { execFile } from "node:child_process";
var MAX_OUTPUT = 256 * 1024 * 1024;
function runGit(args, cwd, options = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile("git", args, { cwd, maxBuffer: MAX_OUTPUT, encoding: "utf8", ...options.env ? { env: options.env } : {} }, (error, stdout, stderr) => {
      const code = error?.code;
      if (error && typeof code !== "number") {
        reject(code === "ENOENT" ? new InputError("git is not installed (mlgate plan and propose run the git command line)") : error);
        return;
      }
      resolve({ exitCode: typeof code === "number" ? code : 0, stdout, stderr });
    });
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(options.input ?? "");
  });
}
async function changedSince(base, cwd) {
  const top = await runGit(["rev-parse", "--show-toplevel"], cwd);
  if (top.exitCode !== 0) throw new InputError(`${cwd} is not inside a git repository: mlgate plan compares commits (${firstLine(top.stderr)})`);
  const root = top.stdout.trim();
  const shallow = (await runGit(["rev-parse", "--is-shallow-repository"], root)).stdout.trim() === "true";
  const fetchHint = shallow ? "this clone is shallow: check out the whole history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)" : "fetch it (`git fetch origin <branch>`; in Actions, actions/checkout with `fetch-depth: 0`)";
  const baseCommit = await runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${base}^{commit}`], root);
  if (baseCommit.exitCode !== 0) throw new InputError(`base \`${base}\` is not a commit in this clone: ${fetchHint}`);
  const head = await runGit(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], root);
  if (head.exitCode !== 0) throw new InputError(`${root}: HEAD is not a commit (an empty repository?)`);
  const mergeBase = await runGit(["merge-base", baseCommit.stdout.trim(), head.stdout.trim()], root);
  if (mergeBase.exitCode !== 0) {
    throw new InputError(shallow ? `no merge base of \`${base}\` and HEAD in this shallow clone: ${fetchHint}` : `\`${base}\` and HEAD share no history (no merge base): give the branch the change was made from as the base`);
  }
  const commit = mergeBase.stdout.trim();
  const diff = await runGit(["-c", "core.quotePath=false", "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", commit, head.stdout.trim(), "--"], root);
  if (diff.exitCode !== 0) throw new InputError(`git diff ${commit} HEAD failed: ${firstLine(diff.stderr)}`);
  return { root, mergeBase: commit, files: diff.stdout.split("\0").filter((path) => path !== "") };
}
function firstLine(text) {
  return text.trim().split("\n")[0] || "no message";
}

export {
  runGit,
  changedSince
};
