/**
 * The regression metric set: mae, mse, rmse, r2, mape, median_absolute_error,
 * explained_variance (scikit-learn's definitions; see each metric's file).
 */
import { explainedVarianceFromResiduals } from './explained-variance.js';
import { absoluteErrors } from './mean-absolute-error.js';
import { absolutePercentageErrors } from './mean-absolute-percentage-error.js';
import { squaredErrors } from './mean-squared-error.js';
import { ascendingOrder, medianWithCounts } from './median-absolute-error.js';
import type { MetricSet } from './metric-set.js';
import { r2 } from './r2.js';
import { meanWithCounts } from './row-counts.js';

export interface RegressionData {
  yTrue: Float64Array;
  yPred: Float64Array;
}

export function regressionMetricSet(data: RegressionData): MetricSet {
  const { yTrue, yPred } = data;
  const absolute = absoluteErrors(yTrue, yPred);
  const absoluteOrder = ascendingOrder(absolute);
  const squared = squaredErrors(yTrue, yPred);
  const percentage = absolutePercentageErrors(yTrue, yPred);
  const residuals = yTrue.map((t, i) => t - yPred[i]);
  const notes: string[] = [];
  if (yTrue.length < 2) notes.push('r2 omitted: R² is not defined for fewer than two rows');

  const compute = (counts?: ArrayLike<number>): Record<string, number> => {
    const mse = meanWithCounts(squared, counts);
    return {
      mae: meanWithCounts(absolute, counts),
      mse,
      rmse: Math.sqrt(mse),
      r2: r2(yTrue, yPred, counts),
      mape: meanWithCounts(percentage, counts),
      median_absolute_error: medianWithCounts(absolute, absoluteOrder, counts),
      explained_variance: explainedVarianceFromResiduals(yTrue, residuals, counts),
    };
  };
  return { compute, notes };
}
