/** How a fitted rendering is measured (characters for a comment, UTF-8 bytes for a job summary). */
export type Measure = (text: string) => number;

/**
 * The largest prefixes of `lists` (whole items, never a cut row or an unclosed `<details>`) whose
 * rendering fits `limit`, filled in the lists' order: the first list is the most important.
 * `assemble(shown)` renders the first `shown[i]` items of each list, with its "and n more" lines;
 * each item costs its own size plus a newline. Sizes add up (characters and bytes alike), so one
 * pass fills the room; the loop after it only guards that arithmetic. The same scheme as
 * `renderReportWithin` (pr-report.ts), for reports made of other lists.
 */
export function fitLists(lists: readonly (readonly string[])[], assemble: (shown: number[]) => string, limit: number, measure: Measure): string {
  const shown = lists.map(() => 0);
  let room = limit - measure(assemble(shown));
  lists.forEach((items, i) => {
    for (const item of items) {
      const cost = measure(item) + 1;
      if (cost > room) break;
      room -= cost;
      shown[i]++;
    }
  });
  let text = assemble(shown);
  while (measure(text) > limit) {
    const last = shown.findLastIndex((n) => n > 0);
    if (last < 0) throw new RangeError(`the report does not fit in ${limit} even with every list left out`);
    shown[last] = Math.floor(shown[last] / 2);
    text = assemble(shown);
  }
  return text;
}
