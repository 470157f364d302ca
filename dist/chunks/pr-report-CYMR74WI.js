import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  driftSection,
  driftSectionWithin,
  metricsSection,
  renderReport,
  renderReportWithin,
  schemaLines,
  slicesSection,
  trendMermaid
} from "./chunk-OTFLRA3H.js";
import "./chunk-H3Z3KSEM.js";
import "./chunk-HABCSNGL.js";
import "./chunk-4LMMAYPW.js";
import "./chunk-HAEUDPHK.js";
import "./chunk-TBG5Q2I6.js";
import "./chunk-Z5GXLVDD.js";
import "./chunk-VJ4UBBLQ.js";
export {
  driftSection,
  driftSectionWithin,
  metricsSection,
  renderReport,
  renderReportWithin,
  schemaLines,
  slicesSection,
  trendMermaid
};
