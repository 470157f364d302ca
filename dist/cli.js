import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  TOOL_VERSION
} from "./chunks/chunk-MW262X6H.js";
import {
  COMMANDS,
  findCommand,
  hasDoor,
  logLine,
  logLines,
  throttledProgress
} from "./chunks/chunk-BECM6BZY.js";
import {
  defaultFor,
  isSwitchChoice,
  readOptionValues,
  takes
} from "./chunks/chunk-NYQJQXY4.js";
import "./chunks/chunk-ZYQBE6BY.js";
import "./chunks/chunk-DOVZ6JHB.js";
import "./chunks/chunk-WH4LBFRB.js";
import "./chunks/chunk-4UVOI3OG.js";
import "./chunks/chunk-KSIZKA2C.js";
import "./chunks/chunk-55YVFETO.js";
import "./chunks/chunk-TBG5Q2I6.js";
import "./chunks/chunk-ZWUPIQN7.js";
import "./chunks/chunk-MQA5RZIO.js";
import "./chunks/chunk-OXLN5GVI.js";
import "./chunks/chunk-63FYA7DN.js";
import "./chunks/chunk-Y73GAKKI.js";
import "./chunks/chunk-AXUJ4B5B.js";
import "./chunks/chunk-BQ2LCHCP.js";
import "./chunks/chunk-RRUY6MUO.js";
import "./chunks/chunk-VSN6A6DC.js";
import "./chunks/chunk-LIJ2O53S.js";
import "./chunks/chunk-5JE6VQX4.js";
import "./chunks/chunk-SS2DCIVC.js";
import {
  writeFileAtomic
} from "./chunks/chunk-D7INEA7H.js";
import "./chunks/chunk-Z5GXLVDD.js";
import {
  currentEnvironment
} from "./chunks/chunk-VJ7MSKR2.js";
import {
  InputError,
  TrainingFailedError,
  asInputError,
  isExpectedError,
  messageOf
} from "./chunks/chunk-VI54XDHW.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// cli/run.ts
import { parseArgs } from "node:util";

// cli/help.ts
var EXIT_CODES = "Exit codes: 0 success, 1 gate verdict fail, a failed checksum verification or a failed training command (train in command mode), 2 usage or input error, 69 GitHub or the network to it failed (after retries), 70 internal error.";
function cliCommands() {
  return COMMANDS.filter((command) => hasDoor(command, "cli"));
}
function overallHelp() {
  const commands = cliCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return `mlgate ${TOOL_VERSION}: MLOps in pull requests \u2014 train, evaluate against the baseline, check drift, gate, promote.

Usage: mlgate <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`mlgate <command> --help\` for a command's options.
${EXIT_CODES}
`;
}
function flagOf(name, option) {
  if (option.kind === "boolean") return `--${name}`;
  if (option.kind === "choice") return isSwitchChoice(option) ? `--${name} [${option.choices.join("|")}]` : `--${name} <${option.placeholder ?? option.choices.join("|")}>`;
  if (option.kind === "list" || option.kind === "pairs") return `--${name} <${option.placeholder ?? PLACEHOLDERS[option.kind]}>\u2026`;
  return `--${name} <${option.placeholder ?? PLACEHOLDERS[option.kind]}>`;
}
var LIST_FLAGS = "A flag ending in `\u2026` takes several values: after it up to the next flag (--files a.bin b.json), comma-separated (--files a.bin,b.json), or the flag repeated.";
var PLACEHOLDERS = {
  text: "value",
  path: "path",
  list: "value",
  pairs: "key=value",
  json: "json",
  number: "x",
  integer: "n"
};
function usageOf(command) {
  const required = cliOptions(command).filter(([, o]) => o.required).map(([name, o]) => flagOf(name, o));
  return ["mlgate", command.name, ...required, ...cliOptions(command).some(([, o]) => !o.required) ? ["[options]"] : []].join(" ");
}
function commandHelp(command) {
  const options = cliOptions(command);
  const width = Math.max(...options.map(([name, o]) => flagOf(name, o).length), 10);
  const lines = options.map(([name, o]) => {
    const fallback = defaultFor(o, "cli");
    const notes = [o.required ? "required" : "", fallback !== void 0 && o.kind !== "boolean" ? `default: ${fallback}` : "", o.kind === "boolean" ? `--no-${name} to turn off; default: ${fallback === "true" ? "on" : "off"}` : ""];
    return `  ${flagOf(name, o).padEnd(width)}  ${o.description}${notes.filter(Boolean).map((n) => ` [${n}]`).join("")}`;
  });
  const lists = options.some(([, o]) => o.kind === "list" || o.kind === "pairs") ? `
${LIST_FLAGS}
` : "";
  return `${command.summary}

Usage: ${usageOf(command)}

Options:
${lines.join("\n")}
  ${"--help".padEnd(width)}  show this help
${lists}`;
}
function cliOptions(command) {
  return Object.entries(command.options).filter(([, o]) => takes(o, "cli"));
}

// cli/run.ts
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(overallHelp());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version") {
    io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  try {
    const command = findCommand(name);
    if (!hasDoor(command, "cli")) throw new InputError(`\`${name}\` runs as a GitHub Action only`);
    const args = rest.length > 0 && (command.cliVerbs ?? []).includes(rest[0]) ? [`--${rest[0]}`, ...rest.slice(1)] : rest;
    const flags = parseFlags(command, args);
    if (flags.help === "true") {
      io.stdout(commandHelp(command));
      return 0;
    }
    const values = readOptionValues(command.options, "cli", (option) => flags[option]);
    const environment = currentEnvironment();
    const log = {
      info: (line) => io.stderr(`${logLines(line)}
`),
      warning: (line) => io.stderr(`warning: ${logLine(line)}
`),
      ...progressPort(io, environment.repository !== null)
    };
    const outcome = await command.run(values, { door: "cli", log, token: environment.token ?? void 0, environment, packageRoot: io.packageRoot });
    const output = values.output;
    if (outcome.document !== void 0 && output) writeFileAtomic(output, outcome.document);
    else if (outcome.document !== void 0) io.stdout(outcome.document);
    if (outcome.failure) io.stderr(`${logLine(`mlgate ${name}: ${outcome.failure}`)}
`);
    return outcome.failure ? outcome.failureExitCode ?? 1 : 0;
  } catch (thrown) {
    const error = asInputError(thrown);
    if (isExpectedError(error)) {
      io.stderr(`${error instanceof TrainingFailedError ? logLines(`mlgate ${name}: ${error.message}`) : logLine(`mlgate ${name}: ${error.message}`)}
`);
      return error.exitCode;
    }
    io.stderr(`${logLine(`mlgate ${name}: internal error: ${messageOf(error)}`)}
${error instanceof Error && error.stack ? `${logLines(error.stack)}
` : ""}`);
    return 70;
  }
}
function progressPort(io, inActions) {
  if (io.stderrIsTty) return { progress: throttledProgress(200, (line, done) => io.stderr(`\r\x1B[K${logLine(line)}${done ? "\n" : ""}`)) };
  if (inActions) return { progress: throttledProgress(5e3, (line) => io.stderr(`${logLine(line)}
`)) };
  return {};
}
function parseFlags(command, argv) {
  const options = cliOptions(command);
  let values;
  try {
    values = parseArgs({
      args: listValuesRepeated(options, switchesWithValues(options, argv)),
      allowPositionals: false,
      strict: true,
      allowNegative: true,
      options: Object.fromEntries([
        ...options.map(([name, o]) => [name, o.kind === "boolean" ? { type: "boolean" } : { type: "string", multiple: o.kind === "list" || o.kind === "pairs" }]),
        ["help", { type: "boolean", short: "h" }]
      ])
    }).values;
  } catch (error) {
    throw new InputError(`${messageOf(error).split("\n")[0]} (see \`mlgate ${command.name} --help\`)`);
  }
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? value.join("\n") : value === void 0 ? void 0 : String(value)]));
}
function listValuesRepeated(options, argv) {
  const lists = new Set(options.filter(([, o]) => o.kind === "list" || o.kind === "pairs").map(([name]) => name));
  const result = [];
  let list;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      result.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith("-")) {
      const name = /^--([^=]+)(=|$)/.exec(arg);
      list = name && lists.has(name[1]) ? name[1] : void 0;
      result.push(arg);
      if (list !== void 0 && name?.[2] === "" && i + 1 < argv.length && !argv[i + 1].startsWith("-")) result.push(argv[++i]);
      continue;
    }
    result.push(...list !== void 0 ? [`--${list}`, arg] : [arg]);
  }
  return result;
}
function switchesWithValues(options, argv) {
  const switches = options.filter(([, o]) => isSwitchChoice(o));
  if (switches.length === 0) return argv;
  return argv.map((arg, i) => {
    for (const [name, option] of switches) {
      const next = argv[i + 1];
      if (arg === `--${name}` && !(next !== void 0 && option.kind === "choice" && option.choices.includes(next))) return `--${name}=true`;
      if (arg === `--no-${name}`) return `--${name}=false`;
    }
    return arg;
  });
}

// cli/main.ts
var packageRoot = new URL("../", import.meta.url);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  packageRoot
});
