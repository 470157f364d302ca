import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/**
 * Azurite's blob service (Microsoft's Azure Storage emulator, npm `azurite`) as a child process on
 * a loopback port the system picks, with in-memory persistence: nothing is written to disk and
 * stopping it forgets everything. `--skipApiVersionCheck` because the toolkit's Azure SDK sends
 * newer `x-ms-version`s than Azurite knows; `--loose` ignores headers Azurite does not implement.
 * Azurite checks SAS signatures, so URLs handed out must be signed with the account key below.
 */
export interface Azurite {
  /** http://127.0.0.1:<port> (path-style: `/<account>/<container>/<blob>`). */
  origin: string;
  /** `http://127.0.0.1:<port>/devstoreaccount1`, the account's blob endpoint. */
  accountUrl: string;
  credential: StorageSharedKeyCredential;
  client: BlobServiceClient;
  stop(): Promise<void>;
}

/** Azurite's well-known development account and key (documented, public, and only accepted by Azurite). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const require = createRequire(import.meta.url);

export async function startAzurite(): Promise<Azurite> {
  const main = require.resolve('azurite/dist/src/blob/main.js');
  const child = spawn(process.execPath, [
    main, '--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--extentMemoryLimit', '2048',
    '--skipApiVersionCheck', '--loose', '--disableTelemetry',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  // A test file that dies before `stop()` must not leave Azurite running after the test process.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  const origin = await new Promise<string>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => { child.kill(); fail(new Error(`Azurite did not start within 60 s:\n${output}`)); }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const listening = /successfully listens on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (listening) { clearTimeout(timer); done(listening[1]); }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`Azurite exited (${code}) before listening:\n${output}`)); });
    child.once('error', (error) => { clearTimeout(timer); fail(error); });
  });
  // Azurite logs every request otherwise; keep the pipes drained so it never blocks on a full one.
  child.stdout!.resume();
  child.stderr!.resume();
  const accountUrl = `${origin}/${AZURITE_ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  return { origin, accountUrl, credential, client: new BlobServiceClient(accountUrl, credential), stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => { clearTimeout(force); done(); });
    child.kill('SIGTERM');
  });
}
