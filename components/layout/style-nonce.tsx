"use client";

// Radix's dialogs lock scrolling with a `<style>` element they add at run time (react-remove-scroll →
// react-style-singleton), which the strict CSP (proxy.ts: `style-src 'self' 'nonce-…'`) refuses unless it carries
// the request's nonce. That library takes the nonce from the global `__webpack_nonce__`; the page's own scripts carry
// it (Next.js puts it on them), and a script may read the `nonce` property though not the attribute.
declare global {
  var __webpack_nonce__: string | undefined;
}

if (typeof document !== "undefined") {
  globalThis.__webpack_nonce__ ??= document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || undefined;
}

/** Rendered once in the header so the module above runs on every page before a dialog can open. */
export function StyleNonce() {
  return null;
}
