import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  ACTION_OPTIONS,
  COMMANDS,
  InputError,
  currentEnvironment,
  findCommand,
  hasDoor,
  isExpectedError,
  messageOf,
  readOptionValues,
  writeFileAtomic
} from "./chunk-BAB5DLRK.js";
import {
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-VAW255BS.js";

// actions/door.ts
import { resolve } from "node:path";
async function runActionDoor(name, packageRoot) {
  try {
    const command = findCommand(name);
    if (!hasDoor(command, "action")) throw new InputError(`\`${name}\` is a command-line command only (npx mlgate ${name})`);
    const common = readOptionValues(ACTION_OPTIONS, "action", (input) => getInput(input));
    if (common["github-token"]) setSecret(common["github-token"]);
    const environment = currentEnvironment();
    process.chdir(resolve(environment.workspace ?? process.cwd(), common["working-directory"]));
    const values = readOptionValues(command.options, "action", (input) => getInput(input));
    const log = { info: (m) => info(m), warning: (m) => warning(m) };
    const outcome = await command.run(values, { door: "action", log, token: common["github-token"] || void 0, environment, packageRoot });
    const output = values.output;
    if (outcome.document !== void 0 && output) writeFileAtomic(output, outcome.document);
    for (const [key, value] of Object.entries(outcome.outputs ?? {})) setOutput(key, value);
    if (outcome.summary) await summary.addRaw(outcome.summary).addEOL().write();
    if (outcome.failure) setFailed(`mlgate ${name}: ${outcome.failure}`);
  } catch (error) {
    if (isExpectedError(error)) setFailed(error.message);
    else setFailed(`mlgate ${name}: internal error: ${messageOf(error)}${error instanceof Error && error.stack ? `
${error.stack}` : ""}`);
  }
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
