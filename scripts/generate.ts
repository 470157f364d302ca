// What `npm run build` generates from the command catalog besides the bundles: every action.yml
// and the README's command reference. Bundled and imported by scripts/build.mjs.
import { stringify } from 'yaml';
import { COMMANDS, hasDoor } from '../shared/commands/catalog.js';
import { defaultFor, takes, type OptionSpec } from '../shared/commands/options.js';
import { actionCommands, actionDocument, rootActionDocument, type ActionDocument } from '../actions/metadata.js';
import { flagOf, usageOf, EXIT_CODES } from '../cli/help.js';

const GENERATED = '# Generated from shared/commands/catalog.ts by `npm run build`: edit the catalog, not this file.\n';
export const ACTION_YML_HEADER = GENERATED;

/** Path (from the repository root) → content of every action.yml. */
export function actionFiles(): Record<string, string> {
  const yaml = (document: ActionDocument) => `${GENERATED}${stringify(document, { lineWidth: 0 })}`;
  return {
    'action.yml': yaml(rootActionDocument()),
    ...Object.fromEntries(actionCommands().map((command) => [`actions/${command.name}/action.yml`, yaml(actionDocument(command))])),
  };
}

export const actionEntryNames = (): string[] => actionCommands().map((command) => command.name);

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (text: string) => `\`${cell(text)}\``;

/** The README's reference: every command with its CLI flag and action input side by side. */
export function readmeReference(): string {
  const synopsis = COMMANDS.filter((c) => hasDoor(c, 'cli')).map((c) => usageOf(c));
  const sections = COMMANDS.map((command) => {
    const options = Object.entries(command.options as Record<string, OptionSpec>);
    const doors = [
      hasDoor(command, 'cli') ? `\`${usageOf(command)}\`` : '',
      hasDoor(command, 'action') ? `\`uses: mlgate/mlgate/actions/${command.name}@v0\`` : '',
    ].filter(Boolean).join(' · ');
    const rows = options.map(([name, option]) => {
      const cli = hasDoor(command, 'cli') && takes(option, 'cli') ? code(flagOf(name, option)) : '—';
      const action = hasDoor(command, 'action') && takes(option, 'action') ? code(name) : '—';
      const choices = option.kind === 'choice' ? ` One of: ${option.choices.map((c) => code(c)).join(', ')}.` : '';
      return `| ${cli} | ${action} | ${defaultCell(option)} | ${cell(option.description)}${choices} |`;
    });
    const outputs = Object.entries(command.outputs as Record<string, string>);
    return [
      `### \`${command.name}\``, '', command.summary, '', doors, '',
      '| CLI | action input | default | description |', '|---|---|---|---|', ...rows,
      ...(outputs.length && hasDoor(command, 'action') ? ['', '| action output | description |', '|---|---|', ...outputs.map(([name, d]) => `| ${code(name)} | ${cell(d)} |`)] : []),
    ].join('\n');
  });
  return [
    '```', ...synopsis, '```', '',
    `Every command has \`--help\`. ${EXIT_CODES} Errors are one line on stderr naming the flag, file or field.`,
    'Every action also takes `github-token` (default `${{ github.token }}`; the CLI reads `GITHUB_TOKEN`) and `working-directory` (default `.`; relative paths resolve from it). Outputs that are paths are absolute, so later steps find them whatever their working directory.',
    '', ...sections.flatMap((s) => [s, '']),
  ].join('\n').trimEnd();
}

function defaultCell(option: OptionSpec): string {
  if (option.required) return 'required';
  const cli = defaultFor(option, 'cli');
  const action = defaultFor(option, 'action');
  if (cli === action) return cli ? code(cli) : '';
  return [cli ? `CLI: ${code(cli)}` : '', action ? `action: ${code(action)}` : ''].filter(Boolean).join('<br>');
}
