import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-HBH5AWU3.js";
import "./chunks/chunk-ZNLHPNUJ.js";

// mlgate-action:lineage
await runActionDoor("lineage", new URL("../", import.meta.url));
