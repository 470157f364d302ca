import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-NEABZ4PF.js";
import "./chunks/chunk-QMIATY5L.js";
import "./chunks/chunk-ZGIUUWJE.js";
import "./chunks/chunk-LWDAF5UH.js";
import "./chunks/chunk-72ANLO3C.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-QQ6HSRDX.js";
import "./chunks/chunk-MZBOEMN4.js";

// actions/publish/main.ts
await run();
