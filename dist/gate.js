import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-HTLVG6RG.js";
import "./chunks/chunk-QMIATY5L.js";
import "./chunks/chunk-C2HL2J3K.js";
import "./chunks/chunk-LWDAF5UH.js";
import "./chunks/chunk-72ANLO3C.js";
import "./chunks/chunk-MZBOEMN4.js";

// actions/gate/main.ts
await run();
