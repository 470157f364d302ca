import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-MOY6FF3P.js";
import "./chunks/chunk-Y7LEPHQD.js";

// mlgate-action:predict
await runActionDoor("predict", new URL("../", import.meta.url));
