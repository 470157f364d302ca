import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-V2KLKOIA.js";
import {
  publish
} from "./chunk-ZVKPBBHP.js";
import {
  writeGateReport
} from "./chunk-Z6HHK4MR.js";
import {
  promote
} from "./chunk-7EAT4UYT.js";
import "./chunk-3XDSC64G.js";
import {
  fetchModel
} from "./chunk-TBYJDJIS.js";
import "./chunk-2Z2NYMCZ.js";
import "./chunk-VXSCWYQM.js";
import {
  drift
} from "./chunk-O4KZOLG5.js";
import "./chunk-X2KNNFJL.js";
import "./chunk-QY5LPYOU.js";
import "./chunk-P7FSCBJI.js";
import "./chunk-NBUUFY5J.js";
import "./chunk-2KWRJXY2.js";
import "./chunk-5DEMGCVH.js";
import {
  train
} from "./chunk-BRWBCHHO.js";
import {
  predict
} from "./chunk-742IGMZT.js";
import {
  writeEvaluation
} from "./chunk-VL3PWEW3.js";
import "./chunk-UD3YLTTD.js";
import "./chunk-OTFLRA3H.js";
import "./chunk-H3Z3KSEM.js";
import "./chunk-HABCSNGL.js";
import {
  evaluate
} from "./chunk-NPVBJ7DG.js";
import "./chunk-TUTBBBXV.js";
import "./chunk-FZPOGAVF.js";
import "./chunk-VPYOK6OQ.js";
import "./chunk-7UI27AWS.js";
import "./chunk-4LMMAYPW.js";
import {
  writeDrift
} from "./chunk-62CIV2GW.js";
import "./chunk-MTG562HG.js";
import "./chunk-5FMXUUNU.js";
import "./chunk-CN6YNUXG.js";
import "./chunk-UW7ZVLLG.js";
import "./chunk-MCJASMD7.js";
import "./chunk-SPGCF4JI.js";
import "./chunk-D7XARLC7.js";
import "./chunk-SXEGRXJM.js";
import "./chunk-OPEBT25N.js";
import "./chunk-RY6TFG5S.js";
import "./chunk-MKBYBNPK.js";
import "./chunk-PSG56SAE.js";
import "./chunk-7QWFEBRW.js";
import "./chunk-HAEUDPHK.js";
import "./chunk-MW262X6H.js";
import "./chunk-ZYQBE6BY.js";
import "./chunk-DOVZ6JHB.js";
import "./chunk-WH4LBFRB.js";
import "./chunk-4UVOI3OG.js";
import "./chunk-KSIZKA2C.js";
import "./chunk-55YVFETO.js";
import "./chunk-TBG5Q2I6.js";
import "./chunk-ZWUPIQN7.js";
import "./chunk-MQA5RZIO.js";
import "./chunk-OXLN5GVI.js";
import "./chunk-63FYA7DN.js";
import "./chunk-Y73GAKKI.js";
import "./chunk-AXUJ4B5B.js";
import "./chunk-BQ2LCHCP.js";
import "./chunk-RRUY6MUO.js";
import "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import "./chunk-5JE6VQX4.js";
import "./chunk-SS2DCIVC.js";
import {
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import "./chunk-Z5GXLVDD.js";
import "./chunk-VJ7MSKR2.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";

// shared/commands/demo.ts
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
var DEMO_MARKER = ".mlgate-demo";
var MODEL = "breast-cancer";
var TARGET = "malignant";
async function runDemo(options) {
  const target = resolve(options.out);
  checkReplaceable(target);
  mkdirSync(dirname(target), { recursive: true });
  const building = mkdtempSync(join(dirname(target), `.${basename(target)}.mlgate-demo-`));
  let result;
  try {
    writeFileAtomic(join(building, DEMO_MARKER), "Written by `mlgate demo`: the next `mlgate demo --out` into this folder replaces it.\n");
    result = await buildDemo({ ...options, out: building });
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  replaceFolder(target, building);
  const files = Object.fromEntries(Object.entries(result.files).map(([key, path]) => [key, join(target, relative(building, path))]));
  return { report: result.report, files };
}
function checkReplaceable(folder) {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) throw new InputError(`${folder} is a file, not a folder: give --out a new or empty folder`);
  const entries = readdirSync(folder);
  if (entries.length > 0 && !entries.includes(DEMO_MARKER)) {
    throw new InputError(`${folder} is not empty and is not a previous demo output (no ${DEMO_MARKER} file): give --out a new or empty folder; nothing was changed`);
  }
}
function replaceFolder(target, built) {
  if (!existsSync(target)) {
    renameSync(built, target);
    return;
  }
  const aside = `${built}.previous`;
  renameSync(target, aside);
  try {
    renameSync(built, target);
  } catch (error) {
    renameSync(aside, target);
    throw error;
  }
  rmSync(aside, { recursive: true, force: true });
}
async function buildDemo(options) {
  const { data, out, log } = options;
  const store = join(out, "registry");
  const trainCsv = join(data, "train.csv");
  const holdoutCsv = join(data, "holdout.csv");
  log("1. main branch: train the baseline (logistic regression, C = 0.01) and publish it as v1.0.0");
  const baselineParams = { C: 0.01 };
  const baseline = await train({ data: trainCsv, target: TARGET, algorithm: "logistic_regression", params: baselineParams, test: holdoutCsv, out: join(out, "baseline") });
  const baselineEval = join(out, "baseline", "evaluation.json");
  writeEvaluation(baselineEval, await evaluate({ predictions: baseline.predictions_path, task: "binary" }));
  const published = await publish({
    model: MODEL,
    version: "1.0.0",
    files: [baseline.model_path],
    store,
    data: [trainCsv],
    params: baseline.params,
    evaluation: baselineEval,
    evaluationSet: holdoutCsv,
    command: "mlgate demo"
  });
  log(`   published ${published.version.tag} (${published.version.files.length} files, SHA256SUMS verified)`);
  const stage = await promote({ model: MODEL, version: "1.0.0", stage: "production", store, note: "demo: first model", by: "mlgate-demo" });
  log(`   promoted: ${stage.tag}`);
  log("2. pull request: train a candidate (logistic regression, C = 1)");
  const candidate = await train({ data: trainCsv, target: TARGET, algorithm: "logistic_regression", params: { C: 1 }, test: holdoutCsv, out: join(out, "candidate") });
  log("3. fetch the production model from the registry (checksums verified) and score the same held-out rows");
  const fetched = await fetchModel({ model: MODEL, stage: "production", store, out: join(out, "production-model") });
  const productionPredictions = (await predict({ model: join(fetched.directory, "model.json"), data: holdoutCsv, out: join(out, "production-model") })).predictions_path;
  log("4. evaluate the candidate against production (paired bootstrap, McNemar, DeLong), with the prediction diff and slices by tumour size");
  const evaluation = await evaluate({
    predictions: candidate.predictions_path,
    baseline: productionPredictions,
    task: "binary",
    data: holdoutCsv,
    slices: ["mean_radius"],
    diffColumns: ["mean_radius", "mean_texture"]
  });
  const evaluationPath = join(out, "evaluation.json");
  writeEvaluation(evaluationPath, evaluation);
  log("5. check the production sample for drift against the training data");
  const driftResult = await drift({ reference: trainCsv, current: join(data, "production.csv"), exclude: ["id", TARGET] });
  const driftPath = join(out, "drift.json");
  writeDrift(driftPath, driftResult);
  log("6. gate: default policy (ROC AUC must not drop significantly; dataset drift warns)");
  const report = await gate({
    evaluation: evaluationPath,
    drift: driftPath,
    title: `mlgate: ${MODEL}`,
    lookUpPolicy: false,
    baselineLabel: `production (v${fetched.version.version})`,
    candidateLabel: "candidate"
  });
  const gatePath = join(out, "gate.json");
  writeGateReport(gatePath, report);
  const commentPath = join(out, "comment.md");
  writeFileAtomic(commentPath, report.markdown);
  return {
    report,
    files: { evaluation: evaluationPath, drift: driftPath, gate: gatePath, comment: commentPath, registry: store, production_predictions: productionPredictions }
  };
}
export {
  DEMO_MARKER,
  runDemo
};
