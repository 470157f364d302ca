import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/**
 * Loads HTML files in headless Chromium (Debian's `chromium` package) and reports what a reader's
 * browser would: the DOM after loading and every console error (a script error, a blocked resource,
 * a Content-Security-Policy violation, `console.error`).
 *
 * Chromium is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON
 * messages separated by NUL, commands on fd 3, answers and events on fd 4), not `--dump-dom` with
 * `--enable-logging`: the log names no level, so an error cannot be told from a `console.log`.
 * No port is opened, so parallel test files cannot collide.
 */

export interface LoadedPage {
  /** `document.documentElement.outerHTML` after the load event. */
  dom: string;
  /** Console messages at error level, and uncaught exceptions, in the order they came. */
  errors: string[];
}

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The Chromium executable on the PATH, or undefined when none is installed. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
}

/** Loads `path` (a local HTML file) and returns its rendered DOM and console errors. */
export async function loadInChromium(path: string, { executable = findChromium(), timeoutMs = 90_000 } = {}): Promise<LoadedPage> {
  if (!executable) throw new Error('chromium is not installed (apt-get install -y chromium)');
  const profile = mkdtempSync(join(tmpdir(), 'mlgate-chromium-'));
  const browser = spawn(executable, [
    '--headless=new', '--disable-gpu', '--no-sandbox', '--no-first-run', '--no-default-browser-check',
    '--disable-extensions', '--disable-background-networking', '--remote-debugging-pipe',
    `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  browser.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const cdp = new DevToolsPipe(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
  const timer = setTimeout(() => browser.kill('SIGKILL'), timeoutMs);
  const exited = new Promise<never>((_, reject) => browser.once('exit', (code, signal) => {
    reject(new Error(`chromium exited (${signal ?? code}) before the page was read${signal === 'SIGKILL' ? ` (timeout ${timeoutMs} ms)` : ''}: ${stderr.join('').slice(-2000)}`));
  }));
  exited.catch(() => undefined);
  try {
    return await Promise.race([exited, (async () => {
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      const errors: string[] = [];
      cdp.onEvent = (method, params, session) => {
        if (session !== sessionId) return;
        const message = consoleError(method, params);
        if (message !== undefined) errors.push(message);
      };
      await Promise.all(['Runtime.enable', 'Log.enable', 'Page.enable'].map((m) => cdp.send(m, {}, sessionId)));
      const loaded = cdp.waitFor('Page.loadEventFired', sessionId);
      await cdp.send('Page.navigate', { url: pathToFileURL(resolve(path)).href }, sessionId);
      await loaded;
      // Console messages of the load arrive before the load event; a round trip flushes any in flight.
      const { result } = await cdp.send<{ result: { value: string } }>('Runtime.evaluate', { expression: 'document.documentElement.outerHTML', returnByValue: true }, sessionId);
      return { dom: result.value, errors };
    })()]);
  } finally {
    clearTimeout(timer);
    await cdp.send('Browser.close').catch(() => undefined);
    if (browser.exitCode === null && browser.signalCode === null) {
      const gone = new Promise((done) => browser.once('exit', done));
      setTimeout(() => browser.kill('SIGKILL'), 5_000).unref();
      await gone;
    }
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The text of an error-level console message, uncaught exception or browser log entry; undefined for anything else. */
function consoleError(method: string, params: Record<string, unknown>): string | undefined {
  if (method === 'Runtime.consoleAPICalled' && (params.type === 'error' || params.type === 'assert')) {
    return (params.args as { value?: unknown; description?: string }[]).map((a) => String(a.value ?? a.description ?? '')).join(' ');
  }
  if (method === 'Runtime.exceptionThrown') {
    const details = params.exceptionDetails as { text: string; exception?: { description?: string } };
    return `${details.text} ${details.exception?.description ?? ''}`.trim();
  }
  if (method === 'Log.entryAdded') {
    const entry = params.entry as { level: string; text: string; url?: string };
    if (entry.level === 'error') return `${entry.text}${entry.url ? ` (${entry.url})` : ''}`;
  }
  return undefined;
}

/** The DevTools protocol over Chromium's pipe: commands with ids, answers matched by id, events to `onEvent`. */
class DevToolsPipe {
  onEvent: (method: string, params: Record<string, unknown>, sessionId?: string) => void = () => undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly waiters: { method: string; sessionId?: string; resolve: () => void }[] = [];
  private buffer = '';

  constructor(private readonly input: Writable, output: Readable) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const text = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        this.receive(JSON.parse(text) as Message);
      }
    });
    input.on('error', () => undefined);
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  waitFor(method: string, sessionId?: string): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ method, sessionId, resolve }));
  }

  private receive(message: Message): void {
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) call?.reject(new Error(`DevTools: ${message.error.message}`));
      else call?.resolve(message.result);
      return;
    }
    if (!message.method) return;
    this.onEvent(message.method, message.params ?? {}, message.sessionId);
    for (const [i, waiter] of [...this.waiters.entries()].reverse()) {
      if (waiter.method === message.method && waiter.sessionId === message.sessionId) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}
