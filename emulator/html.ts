import { createHash } from "node:crypto";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

// Minimal styling: readable, visible focus, large targets. No external assets so the
// emulator works offline and pages pass a strict CSP.
const STYLE = `
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;background:#f4f4f4;color:#1a1a1a}
main{max-width:40rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border:1px solid #ccc;border-radius:6px}
h1{font-size:1.6rem;margin-top:0}h2{font-size:1.2rem;margin-top:2rem}
ul{list-style:none;padding:0}li{margin:.5rem 0}
button{font:inherit;padding:.6rem 1rem;border:2px solid #0062ba;border-radius:4px;background:#0062ba;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0062ba}
button:focus-visible,input:focus-visible{outline:3px solid #ff9100;outline-offset:2px}
label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;padding:.5rem;border:2px solid #555;border-radius:4px;width:100%;max-width:20rem;box-sizing:border-box}
input[aria-invalid=true]{border-color:#b00020}
.hint{color:#444;margin:.25rem 0}.error{color:#b00020;font-weight:600;margin:.25rem 0}
.notice{background:#fff4d6;border-left:4px solid #c28a00;padding:.5rem 1rem}
.actions{margin-top:1rem}`;

/** Wraps page content in a complete, language-tagged HTML document. */
export function renderDocument(options: { title: string; body: string; script?: string }): string {
  const script = options.script ? `<script>${options.script}</script>` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${STYLE}</style>
${script}
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>`;
}

/**
 * CSP for emulator pages: inline styles, and only the one inline script we wrote (by hash).
 * form-action is left open on purpose: browsers apply it to the redirects that follow a
 * form post, and those go to the relying party on another origin.
 */
export function contentSecurityPolicy(script?: string): string {
  const scriptSrc = script ? `'sha256-${createHash("sha256").update(script).digest("base64")}'` : "'none'";
  return `default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptSrc}; base-uri 'none'; frame-ancestors 'none'`;
}
