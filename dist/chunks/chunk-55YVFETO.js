import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/metrics/xoshiro128.ts
var TWO_POW_32 = 4294967296;
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}
function splitmix32(counter) {
  const next = counter + 2654435769 | 0;
  let z = next;
  z = Math.imul(z ^ z >>> 16, 2246822507);
  z = Math.imul(z ^ z >>> 13, 3266489909);
  z ^= z >>> 16;
  return [next, z >>> 0];
}
function xoshiro128SeedState(seed) {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a non-negative integer up to 2^53 - 1, got ${seed}`);
  }
  const low = seed % TWO_POW_32;
  const high = Math.floor(seed / TWO_POW_32);
  let counter = low ^ splitmix32(high ^ 1540483477)[1] | 0;
  const state = [];
  for (let i = 0; i < 4; i++) {
    const [next, out] = splitmix32(counter);
    counter = next;
    state.push(out);
  }
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return [state[0], state[1], state[2], state[3]];
}
function xoshiro128FromState(words) {
  let s0 = words[0] | 0;
  let s1 = words[1] | 0;
  let s2 = words[2] | 0;
  let s3 = words[3] | 0;
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** state must not be all zero");
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result >>> 0;
  };
  const nextInt = (bound) => {
    if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
      throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
    }
    const limit = TWO_POW_32 - TWO_POW_32 % bound;
    for (; ; ) {
      const x = nextUint32();
      if (x < limit) return x % bound;
    }
  };
  const countDraws = (bound, draws, counts) => {
    if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
      throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
    }
    if (counts.length < bound) throw new RangeError(`counts has ${counts.length} entries for bound ${bound}`);
    const threshold = (TWO_POW_32 - bound) % bound;
    const small = bound <= 2 ** 21;
    const boundHigh = Math.floor(bound / 65536);
    const boundLow = bound % 65536;
    let a = s0;
    let b = s1;
    let c = s2;
    let d = s3;
    for (let k = 0; k < draws; k++) {
      for (; ; ) {
        const x = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = rotl(d, 11);
        let high;
        let low;
        if (small) {
          const m = x * bound;
          high = Math.floor(m / TWO_POW_32);
          low = m - high * TWO_POW_32;
        } else {
          const partHigh = x * boundHigh;
          const partLow = x * boundLow;
          const lowSum = partHigh % 65536 * 65536 + partLow;
          high = Math.floor(partHigh / 65536) + Math.floor(lowSum / TWO_POW_32);
          low = lowSum % TWO_POW_32;
        }
        if (low >= threshold) {
          counts[high]++;
          break;
        }
      }
    }
    s0 = a;
    s1 = b;
    s2 = c;
    s3 = d;
  };
  return { nextUint32, nextInt, countDraws };
}
function xoshiro128(seed) {
  return xoshiro128FromState(xoshiro128SeedState(seed));
}

// shared/core/table/decimal.ts
function parseDecimal(cell) {
  const text = cell.trim();
  if (DECIMAL.test(text)) return Number(text);
  return INFINITIES.get(text.toLowerCase());
}
var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var INFINITIES = /* @__PURE__ */ new Map([
  ["inf", Infinity],
  ["+inf", Infinity],
  ["-inf", -Infinity],
  ["infinity", Infinity],
  ["+infinity", Infinity],
  ["-infinity", -Infinity]
]);

// shared/core/metrics/labels.ts
function compareCodePoints(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0);
    const cy = y.value.codePointAt(0);
    if (cx !== cy) return cx - cy;
  }
}
function sortLabels(labels) {
  const distinct = [...new Set(labels)];
  const values = distinct.map(parseDecimal);
  if (values.length > 0 && values.every((v) => v !== void 0)) {
    const value = new Map(distinct.map((label, i) => [label, values[i]]));
    return distinct.sort((a, b) => value.get(a) - value.get(b) || compareCodePoints(a, b));
  }
  return distinct.sort(compareCodePoints);
}
function canonicalNumericLabels(labels) {
  let any = false;
  for (const label of labels) {
    if (parseDecimal(label) === void 0) return void 0;
    any = true;
  }
  if (!any) return void 0;
  return (label) => {
    const value = parseDecimal(label);
    return value === void 0 ? label : String(value);
  };
}
function quoteList(labels) {
  const shown = labels.slice(0, 20).map((l) => JSON.stringify(l));
  return shown.join(", ") + (labels.length > 20 ? `, \u2026 (${labels.length} in all)` : "");
}
function resolvePositiveLabel(labelsSeen, positiveLabel) {
  const labels = sortLabels(labelsSeen);
  if (labels.length > 2) {
    throw new Error(
      `task 'binary' expects at most two labels, but yTrue and yPred hold ${labels.length}: ${quoteList(labels)}. Use task 'multiclass' or fix the labels.`
    );
  }
  if (positiveLabel !== void 0) {
    if (labels.length === 2 && !labels.includes(positiveLabel)) {
      throw new Error(
        `positive label ${JSON.stringify(positiveLabel)} is not one of the labels seen: ${quoteList(labels)}`
      );
    }
    return positiveLabel;
  }
  if (labels.every((l) => l === "0" || l === "1")) return "1";
  const lower = labels.map((l) => l.toLowerCase());
  if (lower.every((l) => l === "false" || l === "true")) {
    if (new Set(lower).size === labels.length) {
      return labels.find((l) => l.toLowerCase() === "true") ?? "true";
    }
  }
  throw new Error(
    `cannot tell which label is positive: pass a positive label (labels seen: ${quoteList(labels)})`
  );
}

export {
  xoshiro128,
  parseDecimal,
  sortLabels,
  canonicalNumericLabels,
  resolvePositiveLabel
};
