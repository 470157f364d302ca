import { describe, expect, it } from 'vitest';
import { logLine, logLines } from '../../shared/core/log-line.js';

describe('logLine', () => {
  it.each([
    ['\n::add-mask::x', '\\n::add-mask::x'],
    ['a\r\n::error::x', 'a\\r\\n::error::x'],
    ['::stop-commands::tok', ':\u200b:stop-commands::tok'],
    ['  ::warning::x', '  :\u200b:warning::x'],
    ['##[set-env name=A]x', '#\u200b#[set-env name=A]x'],
    ['a\u2028::error::x', 'a\\u2028::error::x'],
    ['bell\u0007', 'bell\\u0007'],
    ['a plain label: 1::2', 'a plain label: 1::2'],
  ])('makes %j one inert line', (input, expected) => {
    const line = logLine(input);
    expect(line).toBe(expected);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).not.toMatch(/^\s*(::|##\[)/);
  });

  it('keeps the lines of a stack but neutralises each', () => {
    expect(logLines('boom\n::error::x\n    at f (a.js:1:1)')).toBe('boom\n:\u200b:error::x\n    at f (a.js:1:1)');
  });
});
