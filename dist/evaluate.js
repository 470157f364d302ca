import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-DYYSEA55.js";
import "./chunks/chunk-A4XJPU2W.js";
import "./chunks/chunk-U7AAR5CE.js";
import "./chunks/chunk-GV5XF4PK.js";
import "./chunks/chunk-GEIPFF27.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-UTLTSNX4.js";
import "./chunks/chunk-4OCMB34Q.js";

// actions/evaluate/main.ts
await run();
