import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-O4REL7FX.js";
import {
  info,
  setOutput,
  summary,
  warning
} from "./chunk-FB63VRRM.js";
import {
  COMMENT_LIMIT,
  postReport
} from "./chunk-2P2S2234.js";
import {
  readRunContext
} from "./chunk-XT7TYGLG.js";
import {
  gate
} from "./chunk-R553FPOC.js";
import {
  GateFailedError,
  toJson,
  writeFileAtomic
} from "./chunk-5IU5AZD2.js";

// shared/github/report-artifact.ts
import { dirname, resolve } from "node:path";
async function uploadReportArtifact(name, paths) {
  const files = paths.map((path) => resolve(path));
  let root = dirname(files[0]);
  while (!files.every((file) => file.startsWith(`${root}/`))) root = dirname(root);
  const { DefaultArtifactClient } = await import("./artifact-I6YYBJKN.js");
  const result = await new DefaultArtifactClient().uploadArtifact(name, files, root);
  return { id: result.id, size: result.size };
}

// actions/gate/run.ts
var COMMENT_BUDGET = COMMENT_LIMIT - 512;
function run() {
  return runAction("gate", async (inputs) => {
    const comment = inputs.boolean("comment");
    const checkRun = inputs.boolean("check-run");
    const runUrl = process.env.GITHUB_REPOSITORY ? readRunContext().runUrl : null;
    const report = gate({
      evaluation: inputs.optional("evaluation"),
      drift: inputs.optional("drift"),
      policy: inputs.optional("policy"),
      title: inputs.string("title"),
      commentLimit: COMMENT_BUDGET,
      fullReportAt: runUrl ? `the job summary of ${runUrl}` : "the job summary"
    });
    const output = inputs.string("output");
    const markdownPath = output.replace(/\.json$/, "") + ".md";
    writeFileAtomic(output, toJson(report));
    writeFileAtomic(markdownPath, report.markdown);
    setOutput("verdict", report.verdict);
    setOutput("report-json", output);
    setOutput("report-markdown", markdownPath);
    await summary.addRaw(report.markdown).addEOL().write();
    if (comment || checkRun) {
      const token = inputs.string("github-token");
      if (!token) {
        warning("no github-token: the report is in the job summary only");
      } else {
        const pullRequest = inputs.integer("pull-request");
        const matrix = inputs.string("matrix");
        const posted = await postReport(report, {
          token,
          comment,
          checkRun,
          checkName: inputs.string("check-name"),
          title: `${inputs.string("title")}: ${report.verdict}`,
          ...pullRequest ? { pullRequest } : {},
          ...inputs.optional("comment-author") ? { commentAuthor: inputs.string("comment-author") } : {},
          ...inputs.optional("comment-key") ? { key: inputs.string("comment-key") } : {},
          ...matrix && matrix !== "null" ? { matrixKey: matrix } : {},
          log: { info, warning }
        });
        setOutput("comment-url", posted.comment?.url ?? "");
        setOutput("check-run-url", posted.check?.kind === "check-run" ? posted.check.url : "");
        if (posted.comment) info(`comment ${posted.comment.action}: ${posted.comment.url}`);
        for (const reason of posted.skipped) warning(reason);
        const artifact = inputs.optional("report-artifact");
        if (posted.readOnly && artifact) await handOnReport(artifact, [output, markdownPath, inputs.optional("evaluation"), inputs.optional("drift")]);
      }
    }
    if (report.verdict === "fail") {
      const reasons = report.checks.filter((c) => c.status === "fail").map((c) => `${c.subject}: ${c.message}`);
      throw new GateFailedError(`mlgate gate: verdict fail \u2014 ${reasons.join("; ")}`);
    }
    for (const check of report.checks.filter((c) => c.status === "warn")) warning(`${check.subject}: ${check.message}`);
  });
}
async function handOnReport(name, paths) {
  try {
    const uploaded = await uploadReportArtifact(name, paths.filter((path) => path !== void 0));
    setOutput("artifact-id", uploaded.id === void 0 ? "" : String(uploaded.id));
    info(`uploaded the report as artifact \`${name}\` (${uploaded.size ?? "?"} bytes) for a workflow_run job to post`);
  } catch (error) {
    warning(`could not upload the report artifact \`${name}\`: ${error.message}`);
  }
}

export {
  run
};
