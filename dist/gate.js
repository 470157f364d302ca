import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UIM2IQCX.js";
import "./chunks/chunk-A4XJPU2W.js";
import "./chunks/chunk-5T55FSYG.js";
import "./chunks/chunk-KEH7I43P.js";
import "./chunks/chunk-IG3REBWY.js";
import "./chunks/chunk-GV5XF4PK.js";
import "./chunks/chunk-GEIPFF27.js";
import "./chunks/chunk-4OCMB34Q.js";

// actions/gate/main.ts
await run();
