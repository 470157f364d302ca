import * as core from '@actions/core';
import { resolve } from 'node:path';
import { currentEnvironment } from '../shared/environment.js';
import { InputError, isExpectedError, messageOf } from '../shared/errors.js';
import { actionSpec } from './catalog.js';

/** An action's inputs, with the catalog's defaults applied and every problem an `InputError`. */
export class ActionInputs {
  constructor(private readonly action: string) {}

  /** The input, else the catalog default (the root action declares no defaults of its own). */
  string(name: string): string {
    const spec = actionSpec(this.action).inputs[name];
    if (!spec) throw new Error(`action ${this.action} has no input ${name} in the catalog`);
    const value = core.getInput(name).trim();
    if (value !== '') return value;
    if (spec.required) throw new InputError(`input \`${name}\` is required (${spec.description})`);
    return spec.default ?? '';
  }

  optional(name: string): string | undefined {
    const value = this.string(name);
    return value === '' ? undefined : value;
  }

  list(name: string): string[] | undefined {
    const items = this.string(name).split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
    return items.length > 0 ? items : undefined;
  }

  /** YAML 1.2 core booleans, as `core.getBooleanInput` reads them. */
  boolean(name: string): boolean {
    const value = this.string(name);
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    throw new InputError(`input \`${name}\` must be true or false, got \`${value}\``);
  }

  /** `a=b` pairs, comma- or newline-separated. */
  pairs(name: string): Record<string, string> | undefined {
    const items = this.list(name);
    if (!items) return undefined;
    return Object.fromEntries(items.map((item) => {
      const at = item.indexOf('=');
      if (at <= 0 || at === item.length - 1) throw new InputError(`input \`${name}\` takes column=value pairs, got \`${item}\``);
      return [item.slice(0, at).trim(), item.slice(at + 1).trim()];
    }));
  }

  number(name: string): number | undefined {
    const text = this.optional(name);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new InputError(`input \`${name}\` must be a number, got \`${text}\``);
    return value;
  }

  integer(name: string): number | undefined {
    const value = this.number(name);
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new InputError(`input \`${name}\` must be a non-negative integer, got \`${value}\``);
    return value;
  }

  json(name: string): Record<string, unknown> | undefined {
    const text = this.optional(name);
    if (text === undefined) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new InputError(`input \`${name}\` must be a JSON object, got \`${text}\``);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`input \`${name}\` must be a JSON object, got \`${text}\``);
    return value as Record<string, unknown>;
  }
}

/**
 * Runs an action body the way every mlgate action runs: the token is masked, relative paths are
 * resolved from `working-directory`, input errors fail the step with their one-line message, a
 * failed gate fails the step with its verdict, and anything else is reported as a bug with its stack.
 */
export async function runAction(name: string, body: (inputs: ActionInputs) => Promise<void>): Promise<void> {
  try {
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const inputs = new ActionInputs(name);
    const workingDirectory = inputs.string('working-directory');
    process.chdir(resolve(currentEnvironment().workspace ?? process.cwd(), workingDirectory));
    await body(inputs);
  } catch (error) {
    if (isExpectedError(error)) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(`mlgate ${name}: internal error: ${messageOf(error)}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
  }
}
