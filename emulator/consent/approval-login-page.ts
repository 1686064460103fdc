import { escapeHtml } from "../html";
import { nationalIdentityNumberProblem } from "../idporten/national-identity-number";
import { TEST_PERSONS } from "../idporten/test-persons";

export const LOGIN_TITLE = "Log in to answer the consent request";

const PID_ERRORS = {
  format: "The national identity number must be exactly 11 digits.",
  "check-digits": "The national identity number has invalid check digits.",
} as const;

export type LoginAttempt = { pid: string } | { typed: string; error: string };

/** The number from a login form (a person button or the typed field), checked like ID-porten's test login does. */
export function loginAttempt(form: URLSearchParams): LoginAttempt {
  const typed = form.get("pid") ?? "";
  const pid = typed.replace(/\s/g, "");
  const problem = nationalIdentityNumberProblem(pid);
  return problem ? { typed, error: PID_ERRORS[problem] } : { pid };
}

/** The hidden field that tells the page's POST handler this is a login, not a decision. */
const LOGIN_STEP = '<input type="hidden" name="step" value="login">';

function personButtons(action: string): string {
  // One button per person: its text is its accessible name, e.g. "Log in as Kari Nordmann (21818297804)".
  const items = TEST_PERSONS.map(
    (person) =>
      `<li><button type="submit" name="pid" value="${escapeHtml(person.pid)}">` +
      `Log in as ${escapeHtml(person.name)} (${escapeHtml(person.pid)})</button></li>`,
  ).join("\n");
  return `<form method="post" action="${escapeHtml(action)}">
${LOGIN_STEP}
<ul>
${items}
</ul>
</form>`;
}

function numberForm(action: string, typed: string, error: string | undefined): string {
  const describedBy = error ? "pid-hint pid-error" : "pid-hint";
  // role="alert" makes screen readers announce the problem when the page comes back.
  const summary = error
    ? `<div class="notice" role="alert"><h3>Could not log in</h3><ul><li>${escapeHtml(error)}</li></ul></div>`
    : "";
  // novalidate: the server checks the number and explains problems next to the field.
  return `${summary}
<form method="post" action="${escapeHtml(action)}" novalidate>
${LOGIN_STEP}
<label for="pid">National identity number</label>
<p class="hint" id="pid-hint">11 digits, a synthetic test number (check digits are validated).</p>
${error ? `<p class="error" id="pid-error">${escapeHtml(error)}</p>` : ""}
<input id="pid" name="pid" value="${escapeHtml(typed)}" required inputmode="numeric" autocomplete="off" maxlength="20" aria-describedby="${describedBy}"${
    error ? ' aria-invalid="true"' : ""
  }>
<div class="actions"><button type="submit">Log in with this number</button></div>
</form>`;
}

/** Body of the login page; `failed` re-shows a rejected number with its problem. */
export function loginPageHtml(action: string, failed?: { typed: string; error: string }): string {
  return `<h1>${LOGIN_TITLE}</h1>
<p class="notice">Local emulator test login, like ID-porten's: only synthetic test persons, no password.
Log in as the person the consent request is addressed to.</p>
<section aria-labelledby="persons-heading">
<h2 id="persons-heading">Test persons</h2>
${personButtons(action)}
</section>
<section aria-labelledby="other-heading">
<h2 id="other-heading">Log in as someone else</h2>
${numberForm(action, failed?.typed ?? "", failed?.error)}
</section>`;
}
