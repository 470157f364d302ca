import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  readTypedTable
} from "./chunk-UW7ZVLLG.js";
import {
  typedColumnOf
} from "./chunk-VSN6A6DC.js";

// shared/adapters/data/read-columns.ts
async function readColumns(path, options = {}) {
  const text = new Set(options.text ?? []);
  const table = await readTypedTable(path, {
    ...options.delimiter ? { delimiter: options.delimiter } : {},
    ...options.only ? { columns: /* @__PURE__ */ new Set([...options.only, ...options.required ?? [], ...text]) } : {},
    ...text.size > 0 ? { keepText: text } : {},
    // A misspelt column is refused at the header, not after reading the whole file.
    ...options.required ? { onColumns: (columns) => requireColumns({ source: path, columns: [...columns], rowCount: 0, typed: /* @__PURE__ */ new Map() }, options.required) } : {}
  });
  requireColumns(table, options.required ?? []);
  return table;
}
function requireColumns(table, names) {
  for (const name of names) if (!table.columns.includes(name)) typedColumnOf(table, name);
}
async function keepTexts(table, names, delimiter) {
  if (names.length === 0) return;
  const again = await readColumns(table.source, { ...delimiter ? { delimiter } : {}, only: names, text: names });
  for (const name of names) table.typed.set(name, again.typed.get(name));
}

export {
  readColumns,
  keepTexts
};
