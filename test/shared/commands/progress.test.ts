import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttledProgress } from '../../../shared/commands/command.js';

describe('progress port', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says nothing for the first interval, then a line per interval, and ends a line it started', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const lines: string[] = [];
    const progress = throttledProgress(5000, (line, done) => lines.push(`${line}${done ? ' (done)' : ''}`));
    progress('a');
    progress('b', true); // nothing was shown: nothing to end
    expect(lines).toEqual([]);
    vi.setSystemTime(5000);
    progress('c');
    progress('d');
    vi.setSystemTime(10_001);
    progress('e');
    progress('f', true);
    expect(lines).toEqual(['c', 'e', 'f (done)']);
  });

});
