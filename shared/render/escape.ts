/**
 * Text from user data (metric, column, category and file names, commit messages) made inert in
 * GitHub-flavoured markdown: it cannot open HTML (`<img onerror>`), links or images, emphasis or
 * code spans, break a table (`|`, newlines), or mention people and teams (`@user`).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Brackets are escaped, so no link or image can open and parentheses need no escape.
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    // A word joiner after `@` stops GitHub's mention and team-mention autolinks without changing what readers see.
    .replace(/@/g, '@\u2060')
    .replace(/:(?=\w+:)/g, ':\u2060');
}

/** Text from user data made inert in HTML, in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
