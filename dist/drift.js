import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-WVS3X4JH.js";
import "./chunks/chunk-A4XJPU2W.js";
import "./chunks/chunk-4LVK5LXH.js";
import "./chunks/chunk-GEIPFF27.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-UTLTSNX4.js";
import "./chunks/chunk-4OCMB34Q.js";

// actions/drift/main.ts
await run();
