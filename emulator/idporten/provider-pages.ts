import type { ErrorOut, KoaContextWithOIDC } from "oidc-provider";
import { contentSecurityPolicy, escapeHtml, renderDocument } from "../html";

// Pages oidc-provider renders itself. The library defaults load Google Fonts and, for
// logout, ask "Do you want to sign out?"; ID-porten logs out without asking, so we do too.

function respond(ctx: KoaContextWithOIDC, status: number, html: string, script?: string): void {
  ctx.status = status;
  ctx.type = "html";
  ctx.set("content-security-policy", contentSecurityPolicy(script));
  ctx.body = html;
}

// Submits the provider's logout form as soon as the page loads, so RP-initiated logout
// goes straight on to post_logout_redirect_uri. The <noscript> button covers clients without JS.
const AUTO_SUBMIT = "document.addEventListener('DOMContentLoaded',function(){document.forms[0].submit()});";

/**
 * `form` is the provider's `<form id="op.logoutForm">` with its xsrf token. Adding
 * logout=yes ends the whole ID-porten session (all clients), as ID-porten does.
 */
export async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  const completedForm = form.replace(
    "</form>",
    '<input type="hidden" name="logout" value="yes"/>' +
      '<noscript><button type="submit">Continue logging out</button></noscript></form>',
  );
  const body = `<h1>Logging out of ID-porten (emulator)</h1>
<p>You are being logged out and sent back to the service.</p>
${completedForm}`;
  respond(
    ctx,
    200,
    renderDocument({ title: "Logging out - ID-porten (emulator)", body, script: AUTO_SUBMIT }),
    AUTO_SUBMIT,
  );
}

/** Shown after logout when the client did not ask to be redirected back. */
export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
  const body = `<h1>You are logged out of ID-porten (emulator)</h1>
<p>You can close this window.</p>`;
  respond(ctx, 200, renderDocument({ title: "Logged out - ID-porten (emulator)", body }));
}

/** Error page for errors that cannot be redirected back to the client (e.g. bad redirect_uri). */
export async function renderError(ctx: KoaContextWithOIDC, out: ErrorOut): Promise<void> {
  const rows = Object.entries(out)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join("\n");
  const body = `<h1>ID-porten (emulator): something went wrong</h1>
<dl>${rows}</dl>`;
  respond(ctx, ctx.status >= 400 ? ctx.status : 400, renderDocument({ title: "Error - ID-porten (emulator)", body }));
}
