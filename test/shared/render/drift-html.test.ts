import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftReport } from '../../../shared/core/drift/drift-report.js';
import { driftHtml } from '../../../shared/render/drift-html.js';
import { findChromium, loadInChromium } from '../../support/chromium.js';
import { seededNormal, seededUniform } from '../../support/random.js';
import { scratchFolder } from '../../support/scratch.js';
import { tableOf } from '../../support/tables.js';

/** Two 300-row tables: a shifted numeric column, a skewed one with gaps, a category that moved, many categories, and an empty one. */
function report() {
  const side = (seed: number, shift: number) => {
    const normal = seededNormal(seed);
    const uniform = seededUniform(seed + 1);
    const rows = Array.from({ length: 300 }, () => ({
      age: normal() * 10 + 40 + shift * 10,
      income: uniform() < 0.1 ? '' : Math.exp(normal()),
      plan: ['basic', 'pro', 'team'][Math.floor(uniform() * (shift > 0 ? 2 : 3))],
      city: `city ${Math.floor(uniform() * uniform() * 30)}`,
      note: '',
    }));
    return tableOf(shift > 0 ? 'current.csv' : 'reference.csv', Object.fromEntries(Object.keys(rows[0]).map((k) => [k, rows.map((r) => r[k as keyof typeof r])])));
  };
  return driftReport(side(1, 0), side(2, 0.5));
}

describe('drift HTML charts', () => {
  const drift = report();
  const page = driftHtml(drift);

  it('draws one chart per column with a histogram, each an image described in text', () => {
    const charted = drift.columns.filter((c) => c.histogram);
    expect(charted.map((c) => c.name)).toEqual(['age', 'income', 'plan', 'city']);
    expect(page.match(/<svg [^>]*role="img"/g)).toHaveLength(charted.length);
    expect(page).toMatch(/aria-label="age: share of values per bin, reference and current, in 10 reference-quantile bins from \d+(\.\d+)? to \d+(\.\d+)? and open bins below and above them; \d+(\.\d+)?% of current values lie outside the reference&#39;s range; largest difference in /);
    expect(page).toMatch(/aria-label="plan: share of values per category, reference and current, for the 3 most frequent categories; largest difference in team: \d+(\.\d+)?% of the reference, 0% of the current data"/);
    // The column without values has no chart, and says so by a dash.
    expect(page).toMatch(/<tr class=""><td>note<\/td>.*<td class="chart">—<\/td><\/tr>/);
  });

  it('right-aligns numbers with tabular figures', () => {
    expect(page).toContain('td.num,th.num{text-align:right;font-variant-numeric:tabular-nums');
    expect(page).toMatch(/<td class="num">0\.\d+<\/td>/);
  });
});

const chromium = findChromium();

describe.skipIf(!chromium)('drift HTML in headless Chromium', () => {
  it('loads without a console error and shows one chart per column', async () => {
    const { dir } = scratchFolder('drift-html');
    const drift = report();
    const path = join(dir, 'drift.html');
    writeFileSync(path, driftHtml(drift));
    const page = await loadInChromium(path);
    expect(page.errors).toEqual([]);
    expect(page.dom.match(/<svg /g)).toHaveLength(drift.columns.filter((c) => c.histogram).length);
    expect(page.dom).toContain('<title>plan: share of values per category');
  }, 120_000);

  it('reports console errors, so the test above can fail', async () => {
    const { file } = scratchFolder('drift-html');
    const path = file('broken.html', `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'"></head>`
      + `<body><img src="https://example.invalid/x.png"><script>console.error('boom'); undefinedFunction();</script></body></html>`);
    const page = await loadInChromium(path);
    expect(page.errors).toEqual([
      expect.stringContaining("violates the following Content Security Policy directive: \"default-src 'none'\""),
      'boom',
      expect.stringContaining('undefinedFunction is not defined'),
    ]);
  }, 120_000);
});

if (!chromium) {
  describe('drift HTML in headless Chromium', () => {
    it.skip('skipped: chromium is not installed (apt-get install -y chromium)', () => undefined);
  });
}
