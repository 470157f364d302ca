import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UKPDEXVM.js";
import "./chunks/chunk-A4XJPU2W.js";
import "./chunks/chunk-4RKUA6KN.js";
import "./chunks/chunk-IG3REBWY.js";
import "./chunks/chunk-GV5XF4PK.js";
import "./chunks/chunk-GEIPFF27.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-UTLTSNX4.js";
import "./chunks/chunk-4OCMB34Q.js";

// actions/publish/main.ts
await run();
