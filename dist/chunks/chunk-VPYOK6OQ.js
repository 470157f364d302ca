import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/core/table/column-texts.ts
function textsKnown(column) {
  return column.text !== void 0 || column.numeric === 0 || column.exactText;
}
function columnTexts(column, name) {
  if (column.text) return column.text;
  if (column.numeric === 0) return { codes: column.tokenCodes ?? new Uint32Array(column.rowCount), dictionary: column.tokens };
  if (!column.exactText) throw new Error(`column \`${name}\` is read as text but its cell texts were not kept (read it with keepText)`);
  const dictionary = [...column.tokens];
  const index = /* @__PURE__ */ new Map();
  const codes = new Uint32Array(column.rowCount);
  for (let row = 0; row < column.rowCount; row++) {
    const token = column.tokenCodes?.[row] ?? 0;
    if (token > 0) {
      codes[row] = token;
      continue;
    }
    const value = column.numbers[row];
    if (value !== value) continue;
    let code = index.get(value);
    if (code === void 0) {
      dictionary.push(String(value));
      code = dictionary.length;
      index.set(value, code);
    }
    codes[row] = code;
  }
  return { codes, dictionary };
}
function cellStrings(texts) {
  const cells = new Array(texts.codes.length);
  for (let row = 0; row < cells.length; row++) {
    const code = texts.codes[row];
    cells[row] = code === 0 ? "" : texts.dictionary[code - 1];
  }
  return cells;
}

export {
  textsKnown,
  columnTexts,
  cellStrings
};
