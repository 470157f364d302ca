import { spawn } from 'node:child_process';
import { watchPeakMemory } from './peak-memory.js';

/** How many of the last output lines a failure quotes. */
export const TAIL_LINES = 20;
/** Longer lines are cut into lines of this many characters (so 20 quoted lines stay readable and bounded). */
export const MAX_LINE = 4096;

export interface CommandRun {
  /** The exit code; for a command killed by a signal, 128 + the signal's number, as bash reports it. */
  exitCode: number;
  /** The signal that killed the command (`SIGKILL`: often the out-of-memory killer), else null. */
  signal: NodeJS.Signals | null;
  /** Its last `TAIL_LINES` lines of output, stdout and stderr in the order they arrived. */
  tail: string[];
  startedAt: Date;
  finishedAt: Date;
  wallSeconds: number;
  /** Peak resident memory of the whole process tree (sampled; see `watchPeakMemory`), null without /proc. */
  peakRssBytes: number | null;
}

/** The shell GitHub Actions runs `run:` steps with (`shell: bash`), so a command behaves the same in both places. */
export const SHELL = ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c'] as const;

/**
 * Runs `command` with bash in `cwd`, its output handed to `line` one line at a time as it comes
 * (stdout and stderr alike: the log is the user's console), with the environment of this process.
 * Resolves when the command has ended, whatever its exit code; rejects only when bash cannot start.
 */
export function runCommand(command: string, cwd: string, line: (text: string) => void): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const startedAt = new Date();
    const started = performance.now();
    const child = spawn(SHELL[0], [...SHELL.slice(1), command], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const emit = (text: string) => {
      tail.push(text);
      if (tail.length > TAIL_LINES) tail.shift();
      line(text);
    };
    const readers = [child.stdout, child.stderr].map((stream) => lineReader(stream, emit));
    const memory = child.pid === undefined ? { stop: () => null } : watchPeakMemory(child.pid);
    child.on('error', (error) => {
      memory.stop();
      reject(error);
    });
    child.on('close', (code, signal) => {
      const peakRssBytes = memory.stop();
      for (const flush of readers) flush();
      const finishedAt = new Date();
      resolve({
        exitCode: code ?? 128 + signalNumber(signal), signal, tail, startedAt, finishedAt,
        wallSeconds: (performance.now() - started) / 1000, peakRssBytes,
      });
    });
  });
}

/** Splits a stream into lines (LF or CRLF; a progress bar's CR-only updates become lines too); returns the flush for the last, unterminated one. */
function lineReader(stream: NodeJS.ReadableStream, emit: (text: string) => void): () => void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (pending + chunk).split(/\r\n|\n|\r/);
    pending = parts.pop()!;
    for (const part of parts) emitLong(part);
    // Output that never ends a line (a binary dump, a runaway progress bar) is cut into lines rather than held whole.
    while (pending.length > MAX_LINE) {
      emit(pending.slice(0, MAX_LINE));
      pending = pending.slice(MAX_LINE);
    }
  });
  function emitLong(text: string) {
    for (let at = 0; at < text.length || at === 0; at += MAX_LINE) emit(text.slice(at, at + MAX_LINE));
  }
  return () => {
    if (pending !== '') emit(pending);
    pending = '';
  };
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal === null ? 0 : SIGNALS[signal] ?? 0;
}
