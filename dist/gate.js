import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ICXVQN7I.js";
import "./chunks/chunk-2U4LSEDN.js";
import "./chunks/chunk-7VJ7GQIO.js";
import "./chunks/chunk-HYT3MNO7.js";
import "./chunks/chunk-BVY6DOWA.js";
import "./chunks/chunk-PPQS6PNO.js";
import "./chunks/chunk-ROR2KIK5.js";
import "./chunks/chunk-KOCVPDUK.js";
import "./chunks/chunk-RLRZG3RK.js";
import "./chunks/chunk-5EETC4KI.js";
import "./chunks/chunk-XUJFDJB6.js";
import "./chunks/chunk-KFCK2SSB.js";

// actions/gate/main.ts
await run();
