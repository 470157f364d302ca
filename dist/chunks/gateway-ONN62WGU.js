import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  NO_AUTOMATIC_RETRY,
  backoffMs,
  createOnce,
  downloadModelArtifact,
  isPermissionDenied,
  isRetryable,
  openGateway,
  statusOf,
  uploadModelArtifact,
  uploadWorkflowArtifact
} from "./chunk-MKBYBNPK.js";
import "./chunk-PSG56SAE.js";
import "./chunk-7QWFEBRW.js";
import "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";
export {
  NO_AUTOMATIC_RETRY,
  backoffMs,
  createOnce,
  downloadModelArtifact,
  isPermissionDenied,
  isRetryable,
  openGateway,
  statusOf,
  uploadModelArtifact,
  uploadWorkflowArtifact
};
