import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, composeBody, reportMarker } from '../../../../shared/adapters/github/sticky-comment.js';

describe('sticky comment bodies', () => {
  it('cannot be forged or closed early by a key', () => {
    expect(reportMarker('a --> <img src=x>')).toBe('<!-- mlgate:report key=a%20--%3E%20%3Cimg%20src%3Dx%3E -->');
    expect(reportMarker('a')).not.toBe(reportMarker('a '));
  });

  it('folds the previous report into details, keeping only the last one', () => {
    const marker = reportMarker('k');
    const first = composeBody(marker, 'report one');
    const second = composeBody(marker, 'report two', first);
    expect(second).toMatch(/^<!-- mlgate:report key=k -->\nreport two\n\n<details><summary>Previous report<\/summary>\n\nreport one\n\n<\/details>\n$/);
    const third = composeBody(marker, 'report three', second);
    expect(third).toContain('report two');
    expect(third).not.toContain('report one');
  });

  it('drops the fold rather than pass the limit, and refuses a report that does not fit', () => {
    const marker = reportMarker('k');
    const big = 'x'.repeat(COMMENT_LIMIT - 100);
    expect(composeBody(marker, big, composeBody(marker, big))).not.toContain('<details>');
    expect(() => composeBody(marker, 'y'.repeat(COMMENT_LIMIT))).toThrow(/over GitHub's 65536-character comment limit/);
  });
});
