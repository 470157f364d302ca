import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  pairwiseSum
} from "./chunk-63FYA7DN.js";
import {
  TypedColumnBuilder,
  cellTextOf
} from "./chunk-VSN6A6DC.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/core/stats/sorted-sample.ts
function sortedSample(values, what) {
  if (values.length === 0) {
    throw new RangeError(`${what} is empty: at least one observation is needed`);
  }
  if (isMarkedSorted(values)) return values;
  const sorted = Float64Array.from(values);
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isNaN(sorted[i])) {
      throw new RangeError(`${what} contains NaN at index ${i}: drop missing values first`);
    }
  }
  return sorted.sort();
}
var SORTED = /* @__PURE__ */ new WeakSet();
function markSorted(values) {
  SORTED.add(values);
  return values;
}
function isMarkedSorted(values) {
  return values instanceof Float64Array && SORTED.has(values);
}

// shared/core/stats/histogram.ts
var DEFAULT_EMPTY_BIN_FLOOR = 1e-4;
function referenceQuantileEdges(reference, bins = 10) {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`referenceQuantileEdges: bins must be an integer \u2265 1, got ${bins}`);
  }
  const sorted = sortedSample(reference, "referenceQuantileEdges: reference");
  const n = sorted.length;
  const edges = [];
  for (let i = 1; i < bins; i++) {
    const virtualIndex = n * (i / bins) - 1;
    const below = Math.floor(virtualIndex);
    const index = Math.min(n - 1, Math.max(0, virtualIndex === below ? below : below + 1));
    const cut = sorted[index];
    if (edges.length === 0 || cut !== edges[edges.length - 1]) edges.push(cut);
  }
  return edges;
}
function checkEdges(edges) {
  for (let e = 0; e < edges.length; e++) {
    if (Number.isNaN(edges[e]) || e > 0 && !(edges[e] > edges[e - 1])) {
      throw new RangeError(`binCounts: edges must be strictly increasing numbers (index ${e}: ${edges[e]})`);
    }
  }
}
function binOf(value, edges, index) {
  if (Number.isNaN(value)) throw new RangeError(`binCounts: value at index ${index} is NaN: drop missing values first`);
  return firstEdgeAtLeast(value, edges);
}
function firstEdgeAtLeast(value, edges) {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (edges[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function binCountsWithOuterBins(values, edges, referenceMin, referenceMax) {
  if (!(referenceMin <= referenceMax)) {
    throw new RangeError(`binCountsWithOuterBins: reference range [${referenceMin}, ${referenceMax}] is not a range`);
  }
  checkEdges(edges);
  const counts = new Array(edges.length + 3).fill(0);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value < referenceMin) counts[0]++;
    else if (value > referenceMax) counts[edges.length + 2]++;
    else counts[1 + binOf(value, edges, i)]++;
  }
  return counts;
}
function categoryCountsOfTallies(reference, current) {
  const categories = [.../* @__PURE__ */ new Set([...reference.keys(), ...current.keys()])].sort();
  return {
    categories,
    reference: categories.map((c) => reference.get(c) ?? 0),
    current: categories.map((c) => current.get(c) ?? 0)
  };
}
function proportions(counts, emptyBinFloor = 0) {
  if (counts.length === 0) throw new RangeError("proportions: counts is empty");
  if (!(emptyBinFloor >= 0 && emptyBinFloor < 1)) {
    throw new RangeError(`proportions: emptyBinFloor must be in [0, 1), got ${emptyBinFloor}`);
  }
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!Number.isInteger(c) || c < 0) {
      throw new RangeError(`proportions: counts[${i}] = ${c}; counts must be non-negative integers`);
    }
    total += c;
  }
  if (total === 0) throw new RangeError("proportions: all counts are 0 (empty sample)");
  const raw = counts.map((c) => c / total);
  if (emptyBinFloor === 0 || raw.every((p) => p > 0)) return raw;
  const floored = raw.map((p) => p === 0 ? emptyBinFloor : p);
  const sum = pairwiseSum(floored);
  return floored.map((p) => p / sum);
}

// shared/core/stats/sort-float64.ts
var SMALL = 2048;
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var BITS = 11;
var RADIX = 1 << BITS;
var MASK = RADIX - 1;
function sortFloat64(values) {
  const n = values.length;
  if (n < SMALL || !LITTLE_ENDIAN) return values.sort();
  const keys = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const counts = new Uint32Array(6 * RADIX);
  for (let i = 0; i < 2 * n; i += 2) {
    let low = keys[i];
    let high = keys[i + 1];
    if (high & 2147483648) {
      low = ~low >>> 0;
      high = ~high >>> 0;
      keys[i] = low;
    } else {
      high = (high | 2147483648) >>> 0;
    }
    keys[i + 1] = high;
    counts[low & MASK]++;
    counts[RADIX + (low >>> BITS & MASK)]++;
    counts[2 * RADIX + (low >>> 2 * BITS)]++;
    counts[3 * RADIX + (high & MASK)]++;
    counts[4 * RADIX + (high >>> BITS & MASK)]++;
    counts[5 * RADIX + (high >>> 2 * BITS)]++;
  }
  let source = keys;
  let target;
  let scratch;
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * RADIX;
    if (counts[base + digitOf(source, pass)] === n) continue;
    let sum = 0;
    for (let digit = base; digit < base + RADIX; digit++) {
      const count = counts[digit];
      counts[digit] = sum;
      sum += count;
    }
    target ??= scratch = new Uint32Array(2 * n);
    const word = pass < 3 ? 0 : 1;
    const shift = pass % 3 * BITS;
    for (let i = 0; i < 2 * n; i += 2) {
      const low = source[i];
      const high = source[i + 1];
      const at = 2 * counts[base + ((word === 0 ? low : high) >>> shift & MASK)]++;
      target[at] = low;
      target[at + 1] = high;
    }
    [source, target] = [target, source];
  }
  if (source !== keys) keys.set(source);
  if (scratch) release(scratch.buffer);
  for (let i = 1; i < 2 * n; i += 2) {
    const high = keys[i];
    if (high & 2147483648) {
      keys[i] = high & 2147483647;
    } else {
      keys[i] = ~high;
      keys[i - 1] = ~keys[i - 1];
    }
  }
  return values;
}
function digitOf(keys, pass) {
  return keys[pass < 3 ? 0 : 1] >>> pass % 3 * BITS & MASK;
}
function release(buffer) {
  const transferable = buffer;
  if (typeof transferable.transfer === "function") transferable.transfer(0);
}

// shared/core/drift/column-sample.ts
var MISSING_MARKERS = /* @__PURE__ */ new Set(["?", "-", "--", "."]);
var STRAY_SHARE = 0.01;
function typed(cells) {
  if (!Array.isArray(cells)) return cells;
  const builder = new TypedColumnBuilder(cells.length, true);
  for (const cell of cells) builder.addText(cell);
  return builder.finish(false);
}
function inferColumn(referenceCells, currentCells) {
  const reference = typed(referenceCells);
  const current = typed(currentCells);
  const sawValue = reference.numeric + current.numeric > 0;
  let strayCells = 0;
  let unmarked = 0;
  const tokens = /* @__PURE__ */ new Set();
  for (const column of [reference, current]) {
    column.tokens.forEach((token, i) => {
      if (column.tokenCounts[i] === 0) return;
      strayCells += column.tokenCounts[i];
      if (!MISSING_MARKERS.has(token)) unmarked += column.tokenCounts[i];
      tokens.add(token);
    });
  }
  const categorical = { kind: "categorical", strayTokens: [] };
  if (!sawValue) return categorical;
  if (strayCells === 0) return { kind: "numeric", strayTokens: [] };
  if (unmarked >= STRAY_SHARE * (reference.rowCount + current.rowCount)) return categorical;
  return { kind: "numeric", strayTokens: [...tokens].sort() };
}
function needsText(column) {
  return column.numeric > 0 && !column.exactText && !column.text;
}
function columnPair(name, reference, current, override) {
  const columns = { reference: typed(reference.cells), current: typed(current.cells) };
  const inferred = inferColumn(columns.reference, columns.current);
  const kind = override ?? inferred.kind;
  const stray = new Set(kind === "numeric" ? inferred.strayTokens : []);
  const pair = {
    kind,
    reference: columnSample(name, columns.reference, reference.source, kind, stray),
    current: columnSample(name, columns.current, current.source, kind, stray)
  };
  return stray.size > 0 ? { ...pair, strayTokens: [...stray] } : pair;
}
function columnSample(name, column, source, kind, stray) {
  if (kind === "categorical") return categoricalSample(name, column);
  let strayCells = 0;
  let firstWord = -1;
  column.tokens.forEach((token, i) => {
    if (stray.has(token)) strayCells += column.tokenCounts[i];
    else if (column.tokenCounts[i] > 0) firstWord = i;
  });
  if (firstWord >= 0) {
    const codes = column.tokenCodes;
    for (let row = 0; row < codes.length; row++) {
      const code = codes[row];
      if (code > 0 && !stray.has(column.tokens[code - 1])) {
        throw new InputError(`${source}: column \`${name}\` is numeric but line ${row + 2} holds \`${column.tokens[code - 1]}\``);
      }
    }
  }
  const sample = numericSample(numbersOf(column), column.missing + strayCells, column.rowCount, column.consumable === true);
  if (strayCells > 0) sample.strayCells = strayCells;
  return sample;
}
function numbersOf(column) {
  if (column.consumable) {
    const numbers2 = column.numbers;
    let k2 = 0;
    for (let i = 0; i < numbers2.length; i++) {
      const value = numbers2[i];
      if (value === value) numbers2[k2++] = value;
    }
    return markSorted(sortFloat64(numbers2.subarray(0, k2)));
  }
  const numbers = new Float64Array(column.numeric);
  let k = 0;
  for (const value of column.numbers) if (value === value) numbers[k++] = value;
  return numbers;
}
function numericSample(numbers, missing, total, sorted) {
  let labels;
  let tally;
  let sortedFinite;
  return {
    numbers,
    missing,
    total,
    // Most numeric columns are never compared as categories, and `String()` on every value was
    // the slowest step of a drift report.
    get labels() {
      return labels ??= Array.from(numbers, String);
    },
    get tally() {
      if (!tally) {
        const byValue = /* @__PURE__ */ new Map();
        for (const value of numbers) byValue.set(value, (byValue.get(value) ?? 0) + 1);
        tally = new Map([...byValue].map(([value, count]) => [String(value), count]));
      }
      return tally;
    },
    get sortedFinite() {
      if (!sortedFinite) {
        if (sorted) {
          let from = 0;
          let to = numbers.length;
          while (from < to && numbers[from] === -Infinity) from++;
          while (to > from && numbers[to - 1] === Infinity) to--;
          sortedFinite = markSorted(numbers.subarray(from, to));
        } else {
          sortedFinite = markSorted(sortFloat64(numbers.filter(Number.isFinite)));
        }
      }
      return sortedFinite;
    }
  };
}
function categoricalSample(name, column) {
  if (needsText(column)) throw new Error(`column \`${name}\` is compared as categories but its cell texts were not kept (see columnsNeedingText)`);
  let labels;
  let tally;
  return {
    numbers: new Float64Array(0),
    missing: column.missing,
    total: column.rowCount,
    get labels() {
      if (!labels) {
        labels = [];
        for (let row = 0; row < column.rowCount; row++) {
          const text = cellTextOf(column, row);
          if (text !== void 0) labels.push(text);
        }
      }
      return labels;
    },
    get tally() {
      return tally ??= categoryTally(column);
    },
    get sortedFinite() {
      return markSorted(new Float64Array(0));
    }
  };
}
function categoryTally(column) {
  const tally = /* @__PURE__ */ new Map();
  if (column.text) {
    const counts = new Uint32Array(column.text.dictionary.length + 1);
    for (const code of column.text.codes) counts[code]++;
    column.text.dictionary.forEach((text, i) => {
      if (counts[i + 1] > 0) tally.set(text, counts[i + 1]);
    });
    return tally;
  }
  if (column.numeric > 0) {
    const byValue = /* @__PURE__ */ new Map();
    for (const value of column.numbers) if (value === value) byValue.set(value, (byValue.get(value) ?? 0) + 1);
    for (const [value, count] of byValue) tally.set(String(value), count);
  }
  column.tokens.forEach((token, i) => {
    if (column.tokenCounts[i] > 0) tally.set(token, (tally.get(token) ?? 0) + column.tokenCounts[i]);
  });
  return tally;
}
function valueCount(sample) {
  return sample.total - sample.missing;
}
function finiteNumbers(sample) {
  const numbers = sample.numbers;
  return isMarkedSorted(numbers) ? sample.sortedFinite : sample.numbers.filter(Number.isFinite);
}
function hasMoreDistinctValues(numbers, limit) {
  const seen = /* @__PURE__ */ new Set();
  for (const value of numbers) {
    seen.add(value);
    if (seen.size > limit) return true;
  }
  return false;
}

export {
  sortedSample,
  isMarkedSorted,
  DEFAULT_EMPTY_BIN_FLOOR,
  referenceQuantileEdges,
  firstEdgeAtLeast,
  binCountsWithOuterBins,
  categoryCountsOfTallies,
  proportions,
  inferColumn,
  needsText,
  columnPair,
  categoryTally,
  valueCount,
  finiteNumbers,
  hasMoreDistinctValues
};
