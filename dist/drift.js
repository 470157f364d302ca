import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-333UK372.js";
import "./chunks/chunk-ELG6AEJX.js";

// mlgate-action:drift
await runActionDoor("drift", new URL("../", import.meta.url));
