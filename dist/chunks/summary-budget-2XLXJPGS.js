import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  SUMMARY_BUDGET_BYTES,
  utf8Bytes
} from "./chunk-QY5LPYOU.js";
import "./chunk-VJ4UBBLQ.js";
export {
  SUMMARY_BUDGET_BYTES,
  utf8Bytes
};
