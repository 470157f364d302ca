import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/render/escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\r\n\t]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`).replace(/@/g, "@\u2060").replace(/:(?=\w+:)/g, ":\u2060");
}
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export {
  escapeMarkdown,
  escapeHtml
};
