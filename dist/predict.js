import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-EWDCRNC4.js";
import "./chunks/chunk-J52ODL6G.js";
import "./chunks/chunk-BECM6BZY.js";
import "./chunks/chunk-NYQJQXY4.js";
import "./chunks/chunk-ZYQBE6BY.js";
import "./chunks/chunk-DOVZ6JHB.js";
import "./chunks/chunk-WH4LBFRB.js";
import "./chunks/chunk-4UVOI3OG.js";
import "./chunks/chunk-KSIZKA2C.js";
import "./chunks/chunk-55YVFETO.js";
import "./chunks/chunk-TBG5Q2I6.js";
import "./chunks/chunk-ZWUPIQN7.js";
import "./chunks/chunk-MQA5RZIO.js";
import "./chunks/chunk-OXLN5GVI.js";
import "./chunks/chunk-63FYA7DN.js";
import "./chunks/chunk-Y73GAKKI.js";
import "./chunks/chunk-AXUJ4B5B.js";
import "./chunks/chunk-BQ2LCHCP.js";
import "./chunks/chunk-RRUY6MUO.js";
import "./chunks/chunk-VSN6A6DC.js";
import "./chunks/chunk-LIJ2O53S.js";
import "./chunks/chunk-5JE6VQX4.js";
import "./chunks/chunk-SS2DCIVC.js";
import "./chunks/chunk-D7INEA7H.js";
import "./chunks/chunk-Z5GXLVDD.js";
import "./chunks/chunk-VJ7MSKR2.js";
import "./chunks/chunk-VI54XDHW.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// mlgate-action:predict
await runActionDoor("predict", new URL("../", import.meta.url));
