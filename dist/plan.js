import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-MTBHTFT3.js";
import "./chunks/chunk-E4WB6Y6Z.js";
import "./chunks/chunk-QUGE5Y6Y.js";
import "./chunks/chunk-JRYGIUVD.js";

// mlgate-action:plan
await runActionDoor("plan", new URL("../", import.meta.url));
