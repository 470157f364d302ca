/** How a fitted rendering is measured (characters for a comment, UTF-8 bytes for a job summary). */
export type Measure = (text: string) => number;

/** A list to fit, with what is written once before its first item (a table's header), charged to that item. */
export interface FitList {
  items: readonly string[];
  lead?: string;
}

/**
 * The largest prefixes of `lists` (whole items, never a cut row or an unclosed `<details>`) whose
 * rendering fits `limit`, filled in the lists' order: the first list is the most important.
 * `assemble(shown)` renders the first `shown[i]` items of each list, with its "and n more" lines;
 * each item costs its own size plus a newline. Sizes add up (characters and bytes alike), so one
 * pass fills the room; the loop after it only guards that arithmetic. Used by the gate's report
 * (`renderReportWithin`, pr-report.ts) and the many-models report.
 */
export function fitLists(lists: readonly (readonly string[] | FitList)[], assemble: (shown: number[]) => string, limit: number, measure: Measure): string {
  const shown = lists.map(() => 0);
  let room = limit - measure(assemble(shown));
  lists.forEach((list, i) => {
    const { items, lead } = Array.isArray(list) ? { items: list as readonly string[], lead: undefined } : (list as FitList);
    for (const item of items) {
      const cost = measure(item) + 1 + (shown[i] === 0 && lead ? measure(lead) + 2 : 0);
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
