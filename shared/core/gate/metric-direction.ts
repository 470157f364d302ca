import { HIGHER_IS_BETTER } from '../metrics/metric-set.js';

export type Direction = 'higher' | 'lower';

/** Losses and errors are better when lower; every other metric (and any unknown one) when higher. */
export function directionOf(metric: string): Direction {
  return HIGHER_IS_BETTER[metric] === false ? 'lower' : 'higher';
}

/** How much worse `candidate` is than `baseline` (positive = worse), whatever the direction. */
export function worsening(metric: string, delta: number): number {
  return directionOf(metric) === 'higher' ? -delta : delta;
}
