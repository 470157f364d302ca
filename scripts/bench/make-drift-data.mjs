// `node scripts/bench/make-drift-data.mjs <dir> [rows]`: the seeded data set of the drift scale
// measurements (issue 15): reference.csv and current.csv, `rows` rows (default 1,000,000) × 20
// columns: 16 numeric (normal, log-normal, integer counts; some with 2% missing cells, a few
// shifted in the current file) and 4 categorical (5 to 40 categories, one with 1% missing). About
// 170 MB per file at 1M rows. Not a benchmark (bench.mjs runs `*.ts` only).
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const [dir = '.', rowsArg = '1000000'] = process.argv.slice(2);
const rows = Number(rowsArg);

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random) {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const CATEGORIES = [5, 12, 40, 3].map((n, c) => Array.from({ length: n }, (_, i) => `c${c}_${String.fromCharCode(97 + (i % 26))}${i}`));

async function write(path, seed, shift) {
  const random = mulberry32(seed);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const header = [...Array.from({ length: 16 }, (_, i) => `num${i}`), ...Array.from({ length: 4 }, (_, i) => `cat${i}`)];
  out.write(`${header.join(',')}\n`);
  let lines = [];
  for (let r = 0; r < rows; r++) {
    const cells = [];
    for (let i = 0; i < 16; i++) {
      if (i % 5 === 1 && random() < 0.02) {
        cells.push('');
        continue;
      }
      const z = normal(random) + (shift && i % 4 === 0 ? 0.2 : 0);
      if (i % 3 === 2) cells.push(String(Math.max(0, Math.round(20 + 5 * z))));
      else if (i % 7 === 3) cells.push(Math.exp(z).toFixed(5));
      else cells.push((z * (i + 1) * 3.7 + i).toFixed(6));
    }
    for (let c = 0; c < 4; c++) {
      if (c === 2 && random() < 0.01) {
        cells.push('');
        continue;
      }
      const values = CATEGORIES[c];
      const u = random() ** (shift && c === 1 ? 1.3 : 1);
      cells.push(values[Math.floor(u * values.length)]);
    }
    lines.push(cells.join(','));
    if (lines.length === 10000) {
      if (!out.write(`${lines.join('\n')}\n`)) await new Promise((resolve) => out.once('drain', resolve));
      lines = [];
    }
  }
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
  await new Promise((resolve) => out.end(resolve));
}

await write(join(dir, 'reference.csv'), 15, false);
await write(join(dir, 'current.csv'), 16, true);
console.log(`wrote ${rows} rows × 20 columns to ${dir}/reference.csv and current.csv`);
