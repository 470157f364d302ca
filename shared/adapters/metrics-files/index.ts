/** The metrics files `evaluate --metrics` reads: one module per format family. Start with `readMetricsFile`. */
export { readMetricsFile, detectMetricsFormat } from './read-metrics-file.js';
export { METRICS_FORMATS, type MetricsFile, type MetricsFormat, type MetricsFormatChoice } from './metrics-file.js';
