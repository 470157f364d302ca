import { describe, expect, it } from 'vitest';
import { checkStageAllowed, parseGtoConfig } from '../../../../shared/core/registry/gto-config.js';
import { InputError } from '../../../../shared/errors.js';

describe('.gto', () => {
  it('reads stages and types; an empty file or a missing key means "any"', () => {
    expect(parseGtoConfig('stages: [dev, staging, prod]\ntypes: [model]\n')).toEqual({ stages: ['dev', 'staging', 'prod'], types: ['model'] });
    expect(parseGtoConfig('')).toEqual({ stages: null, types: null });
    expect(parseGtoConfig('types: [model]\n')).toEqual({ stages: null, types: ['model'] });
  });

  it.each([
    ['stages: [dev\n', /^\.gto: not valid YAML/],
    ['stages: prod\n', /^\.gto: `stages` must be a list of names, got "prod"/],
    ['stages: {prod: 1}\n', /^\.gto: `stages` must be a list of names, got a mapping/],
    ['stages: [prod, 3]\n', /^\.gto: `stages\[1\]` \(3\) is not a valid name/],
    ['stages: [-prod]\n', /^\.gto: `stages\[0\]` \("-prod"\) is not a valid name/],
    ['- prod\n', /^\.gto: expected a mapping/],
  ])('refuses %j as an input error naming the file', (text, message) => {
    let error: unknown;
    try {
      parseGtoConfig(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a stage the file does not list, naming the file and the allowed stages', () => {
    const config = parseGtoConfig('stages: [dev, prod]\n');
    expect(() => checkStageAllowed(config, 'prod')).not.toThrow();
    expect(() => checkStageAllowed(config, 'production')).toThrow('.gto: stage `production` is not one of the stages it allows: `dev`, `prod`');
    expect(() => checkStageAllowed(parseGtoConfig('stages: []\n'), 'prod')).toThrow(/none \(the list is empty\)/);
    expect(() => checkStageAllowed(parseGtoConfig(''), 'anything')).not.toThrow();
  });
});
