import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-5WVFAZ5Z.js";
import "./chunks/chunk-Z4SWEQQT.js";
import "./chunks/chunk-QUGE5Y6Y.js";
import "./chunks/chunk-JRYGIUVD.js";

// mlgate-action:evaluate
await runActionDoor("evaluate", new URL("../", import.meta.url));
