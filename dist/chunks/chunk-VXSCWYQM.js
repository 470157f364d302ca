import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  isPermissionDenied,
  statusOf
} from "./chunk-MKBYBNPK.js";

// shared/adapters/github/sticky-comment.ts
var COMMENT_LIMIT = 65536;
function reportMarker(key) {
  return `<!-- mlgate:report key=${encodeURIComponent(key)} -->`;
}
async function tokenIdentity(client) {
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (isPermissionDenied(error)) return "github-actions[bot]";
    throw error;
  }
}
async function upsertStickyComment(client, request) {
  const author = request.author ?? await tokenIdentity(client);
  const marker = reportMarker(request.key);
  const ours = await listOurs(client, request, marker, author);
  const existing = ours[0];
  if (existing) {
    const body = composeBody(marker, request.body, existing.body ?? "");
    const { data: data2 } = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body });
    return { id: data2.id, url: data2.html_url, action: "updated", removedDuplicates: 0, author };
  }
  const { data: created } = await client.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body: composeBody(marker, request.body) });
  const all = await listOurs(client, request, marker, author);
  if (all.length <= 1) return { id: created.id, url: created.html_url, action: "created", removedDuplicates: 0, author };
  const [keep, ...younger] = all;
  let removed = 0;
  for (const duplicate of younger) {
    try {
      await client.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: duplicate.id });
      removed++;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (keep.id === created.id) return { id: created.id, url: created.html_url, action: "created", removedDuplicates: removed, author };
  const { data } = await client.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: keep.id, body: composeBody(marker, request.body, keep.body ?? "") });
  return { id: data.id, url: data.html_url, action: "updated", removedDuplicates: removed, author };
}
async function listOurs(client, request, marker, author) {
  const comments = await client.paginate(client.rest.issues.listComments, { owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: 100 });
  return comments.filter((c) => c.user?.login === author && (c.body ?? "").startsWith(marker)).sort((a, b) => a.id - b.id);
}
var HISTORY_OPEN = "<details><summary>Previous report</summary>";
function composeBody(marker, report, previousBody) {
  const current = `${marker}
${report.trimEnd()}
`;
  if (current.length > COMMENT_LIMIT) throw new RangeError(`report is ${current.length} characters, over GitHub's ${COMMENT_LIMIT}-character comment limit: fit it before posting`);
  if (!previousBody) return current;
  const previous = previousBody.slice(previousBody.indexOf("\n") + 1).split(`
${HISTORY_OPEN}`)[0].trimEnd();
  const withHistory = `${current}
${HISTORY_OPEN}

${previous}

</details>
`;
  return withHistory.length <= COMMENT_LIMIT ? withHistory : current;
}

export {
  COMMENT_LIMIT,
  tokenIdentity,
  upsertStickyComment
};
