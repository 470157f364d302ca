import { readFileSync, readdirSync } from 'node:fs';

/** How often the process tree's memory is read. */
export const SAMPLE_INTERVAL_MS = 100;

/**
 * Peak resident memory of a process and all its descendants together (a training script that
 * starts data-loader workers is measured whole). Linux only: every `SAMPLE_INTERVAL_MS` the tree
 * is found by walking `/proc/<pid>/stat` parent ids, and `VmRSS` of each member in
 * `/proc/<pid>/status` is summed. It is sampled, so a peak shorter than the interval can be
 * missed; the true peak is at least the recorded one. `peak()` is null where /proc cannot be read.
 */
export function watchPeakMemory(rootPid: number): { stop(): number | null } {
  if (treeRss(rootPid) === null) return { stop: () => null };
  let peak = 0;
  const sample = () => {
    const rss = treeRss(rootPid);
    if (rss !== null && rss > peak) peak = rss;
  };
  sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Resident bytes of `rootPid` and its descendants now; null without a readable /proc. */
export function treeRss(rootPid: number): number | null {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(Number(name));
    else children.set(parent, [Number(name)]);
  }
  let total = 0;
  const queue = [rootPid];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssOf(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The parent id in `/proc/<pid>/stat`: the field after the state, after the last `)` (a command name may hold spaces and parentheses). */
function parentOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null; // the process ended between the listing and the read
  }
}

function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0; // zombies and kernel threads have no VmRSS
  } catch {
    return 0;
  }
}
