import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-YMOG3D6C.js";
import "./chunks/chunk-CZ3U2YHL.js";
import "./chunks/chunk-QUGE5Y6Y.js";
import "./chunks/chunk-JRYGIUVD.js";

// mlgate-action:evaluate
await runActionDoor("evaluate", new URL("../", import.meta.url));
