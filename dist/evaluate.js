import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ZJAA6KLJ.js";
import "./chunks/chunk-2U4LSEDN.js";
import "./chunks/chunk-C7HC25GN.js";
import "./chunks/chunk-HYT3MNO7.js";
import "./chunks/chunk-KOCVPDUK.js";
import "./chunks/chunk-RLRZG3RK.js";
import "./chunks/chunk-WYZFRZMY.js";
import "./chunks/chunk-23P4Q5AA.js";
import "./chunks/chunk-XUJFDJB6.js";
import "./chunks/chunk-KFCK2SSB.js";

// actions/evaluate/main.ts
await run();
