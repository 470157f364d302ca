import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-HBH5AWU3.js";
import "./chunks/chunk-ZNLHPNUJ.js";

// mlgate-action:promote
await runActionDoor("promote", new URL("../", import.meta.url));
