import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../shared/render/escape.js';

describe('escapeMarkdown', () => {
  it('makes HTML, mentions and table pipes inert', () => {
    const escaped = escapeMarkdown('<img src=x onerror=alert(1)> @octocat | x');
    expect(escaped).not.toMatch(/<img/);
    expect(escaped).not.toMatch(/@octocat/);
    expect(escaped).not.toMatch(/(^|[^\\])\|/);
    expect(escaped).toContain('&lt;img');
  });

  it('flattens newlines and escapes link and emphasis syntax', () => {
    expect(escapeMarkdown('a\nb')).toBe('a b');
    expect(escapeMarkdown('[x](http://e)')).toBe('\\[x\\](http://e)');
    expect(escapeMarkdown('*bold* _it_ `code`')).toBe('\\*bold\\* \\_it\\_ \\`code\\`');
  });
});
