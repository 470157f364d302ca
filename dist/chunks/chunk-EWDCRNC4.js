import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-J52ODL6G.js";
import {
  ACTION_OPTIONS,
  COMMANDS,
  findCommand,
  hasDoor,
  logLine,
  logLines,
  throttledProgress
} from "./chunk-BECM6BZY.js";
import {
  readOptionValues
} from "./chunk-NYQJQXY4.js";
import {
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import {
  currentEnvironment
} from "./chunk-VJ7MSKR2.js";
import {
  InputError,
  TrainingFailedError,
  asInputError,
  isExpectedError,
  messageOf
} from "./chunk-VI54XDHW.js";

// actions/door.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
async function runActionDoor(name, packageRoot) {
  try {
    const command = findCommand(name);
    if (!hasDoor(command, "action")) throw new InputError(`\`${name}\` is a command-line command only (npx mlgate ${name})`);
    const common = readOptionValues(ACTION_OPTIONS, "action", (input) => getInput(input));
    if (common["github-token"]) setSecret(common["github-token"]);
    const environment = currentEnvironment();
    const workingDirectory = resolve(environment.workspace ?? process.cwd(), common["working-directory"]);
    if (!statSync(workingDirectory, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`input \`working-directory\`: ${common["working-directory"]}: not found or not a directory`);
    process.chdir(workingDirectory);
    const values = readOptionValues(command.options, "action", (input) => getInput(input));
    const log = {
      info: (m) => info(logLine(m)),
      warning: (m) => warning(logLine(m)),
      // A line every 5 seconds: the step log is read after the fact, not redrawn.
      progress: throttledProgress(5e3, (m) => info(logLine(m))),
      mask: (secret) => setSecret(secret)
    };
    const outcome = await command.run(values, { door: "action", log, token: common["github-token"] || void 0, environment, packageRoot });
    const output = values.output;
    if (outcome.document !== void 0 && output) writeFileAtomic(output, outcome.document);
    for (const [key, value] of Object.entries(outcome.outputs ?? {})) setOutput(key, outputValue(command, key, value));
    if (outcome.summary) await summary.addRaw(outcome.summary).addEOL().write();
    if (outcome.failure) setFailed(logLine(`mlgate ${name}: ${outcome.failure}`));
  } catch (thrown) {
    const error = asInputError(thrown);
    if (isExpectedError(error)) setFailed(error instanceof TrainingFailedError ? logLines(error.message) : logLine(error.message));
    else setFailed(logLines(`mlgate ${name}: internal error: ${logLine(messageOf(error))}${error instanceof Error && error.stack ? `
${error.stack}` : ""}`));
  }
}
function outputValue(command, key, value) {
  if (value === void 0 || value === "") return "";
  return command.pathOutputs?.includes(key) ? resolve(value) : value;
}
async function runRootAction(packageRoot) {
  const name = getInput("command").trim();
  const names = COMMANDS.filter((c) => hasDoor(c, "action")).map((c) => c.name);
  if (names.includes(name)) await runActionDoor(name, packageRoot);
  else setFailed(`input \`command\` must be one of ${names.join(", ")}, got \`${name}\``);
}

export {
  runActionDoor,
  runRootAction
};
