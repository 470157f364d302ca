import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../../../shared/core/drift/correction.js';

// The worked example of Benjamini & Hochberg (1995), section 4.1: 15 p-values; at q = 0.05 the
// step-up procedure rejects the four smallest, Bonferroni only the three smallest.
const BH_1995 = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0];

describe('adjustPValues', () => {
  it('reproduces the rejections of Benjamini & Hochberg (1995)', () => {
    const bh = adjustPValues(BH_1995, 'bh');
    expect(bh.filter((p) => p < 0.05)).toHaveLength(4);
    expect(adjustPValues(BH_1995, 'bonferroni').filter((p) => p < 0.05)).toHaveLength(3);
    // Step-up values: (m/i)·p_(i), made monotone from the top.
    expect(bh[3]).toBeCloseTo((15 / 4) * 0.0095, 12);
    expect(bh[0]).toBeCloseTo(15 * 0.0001, 12);
    expect(bh[1]).toBeCloseTo((15 / 2) * 0.0004, 12);
  });

  it('keeps order, stays in [0, 1], never lowers a p-value, and is monotone in the raw p-values', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }), (ps) => {
      for (const method of ['bh', 'bonferroni'] as const) {
        const adjusted = adjustPValues(ps, method);
        expect(adjusted).toHaveLength(ps.length);
        adjusted.forEach((a, i) => {
          expect(a).toBeGreaterThanOrEqual(ps[i]);
          expect(a).toBeLessThanOrEqual(1);
        });
        for (let i = 0; i < ps.length; i++) for (let j = 0; j < ps.length; j++) if (ps[i] < ps[j]) expect(adjusted[i]).toBeLessThanOrEqual(adjusted[j]);
      }
      expect(adjustPValues(ps, 'none')).toEqual(ps);
    }));
  });
});
