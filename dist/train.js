import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-T6FGWZAB.js";
import "./chunks/chunk-2U4LSEDN.js";
import "./chunks/chunk-LKIDDCJH.js";
import "./chunks/chunk-WYZFRZMY.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-23P4Q5AA.js";
import "./chunks/chunk-5EETC4KI.js";
import "./chunks/chunk-XUJFDJB6.js";
import "./chunks/chunk-KFCK2SSB.js";

// actions/train/main.ts
await run();
