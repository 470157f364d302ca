/**
 * A message made safe to write to a workflow log as one line.
 *
 * The GitHub Actions runner reads every line a step prints and runs those that begin with `::`
 * (after leading whitespace: `::add-mask::`, `::error::`, `::stop-commands::`, …) or with the
 * older `##[` form as workflow commands
 * (https://docs.github.com/actions/using-workflow-commands-for-github-actions). Data values
 * (class labels, column and file names) reach the log inside messages, so a label holding
 * `\n::add-mask::x` would otherwise start a new line that the runner obeys. Line breaks (CR, LF and
 * the other characters a reader may break lines at) and other control characters are written as
 * visible escapes (`\n`, `\r`, `\u001b`), so the message stays one line; a line that would begin
 * with `::` or `##[` gets a zero-width space after its first character, which readers do not see
 * and the runner does not match. `%0A`-style encodings are decoded by the runner only inside a
 * command's own properties and data, never in plain lines, and a `::warning::` message is escaped
 * by @actions/core itself, so percent signs are left as they are.
 */
export function logLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  const oneLine = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return oneLine.replace(/^(\s*)(:(?=:)|#(?=#\[))/, (_, space: string, first: string) => `${space}${first}\u200b`);
}

/**
 * A message of several lines (the CLI's and the actions' reports of an internal error, which
 * carry a stack) made safe line by line: each line through {@link logLine}.
 */
export function logLines(message: string): string {
  return message.split(/\r\n|\r|\n/).map(logLine).join('\n');
}
