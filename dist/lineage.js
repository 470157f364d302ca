import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-KR7YSCZY.js";
import "./chunks/chunk-ERIVU5B2.js";
import "./chunks/chunk-VAW255BS.js";
import "./chunks/chunk-VFITSFVK.js";

// mlgate-action:lineage
await runActionDoor("lineage", new URL("../", import.meta.url));
