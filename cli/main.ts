import { runCli } from './run.js';

// The entry stays one level below the package root both as source (cli/main.ts) and as bundle
// (dist/cli.js), so `../` is the package root in both.
const packageRoot = new URL('../', import.meta.url);

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  packageRoot,
});
