import { contentSecurityPolicy, escapeHtml, renderDocument } from "../html";
import { TEST_PERSONS } from "./test-persons";

export const LOGIN_PAGE_TITLE = "ID-porten test login (emulator)";

/** The page has no scripts, so its CSP allows none. */
export const LOGIN_PAGE_CSP = contentSecurityPolicy();

export interface LoginPageModel {
  /** Where both login forms post (…/interaction/{uid}/login). */
  loginAction: string;
  /** Where the cancel button posts (…/interaction/{uid}/abort). */
  abortAction: string;
  clientId: string;
  /** The service named on the page; ID-porten unless Ansattporten's issuer renders it. */
  service?: "ID-porten" | "Ansattporten";
  /** Values and errors to show again after a rejected "other number" submission. */
  other?: { pid: string; name: string; pidError?: string; nameError?: string };
}

function personButtons(action: string): string {
  // One form, one button per person: the button's text is its accessible name, so tests can
  // use getByRole('button', { name: /Kari Nordmann/ }); name/value says who was chosen.
  const items = TEST_PERSONS.map(
    (person) =>
      `<li><button type="submit" name="person" value="${escapeHtml(person.pid)}">` +
      `Log in as ${escapeHtml(person.name)} (${escapeHtml(person.pid)})</button></li>`,
  ).join("\n");
  return `<form method="post" action="${escapeHtml(action)}">
<ul>
${items}
</ul>
</form>`;
}

function field(options: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  extra: string;
}): string {
  const { id, label, hint, value, error, extra } = options;
  const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  const errorHtml = error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : "";
  return `<label for="${id}">${escapeHtml(label)}</label>
<p class="hint" id="${id}-hint">${escapeHtml(hint)}</p>
${errorHtml}
<input id="${id}" name="${id}" value="${escapeHtml(value)}" required aria-describedby="${describedBy}"${
    error ? ' aria-invalid="true"' : ""
  } ${extra}>`;
}

function otherNumberForm(action: string, other: LoginPageModel["other"]): string {
  const errors = [other?.pidError, other?.nameError].filter((message): message is string => Boolean(message));
  // role="alert" makes screen readers announce the problem when the page is re-rendered.
  const summary = errors.length
    ? `<div class="notice" role="alert"><h3>Could not log in</h3><ul>${errors
        .map((message) => `<li>${escapeHtml(message)}</li>`)
        .join("")}</ul></div>`
    : "";
  // novalidate: the server checks the number (including check digits) and explains
  // problems in the page, which is more accessible than browser validation bubbles.
  return `${summary}
<form method="post" action="${escapeHtml(action)}" novalidate>
${field({
  id: "pid",
  label: "National identity number",
  hint: "11 digits, synthetic test number (check digits are validated).",
  value: other?.pid ?? "",
  error: other?.pidError,
  extra: 'inputmode="numeric" autocomplete="off" maxlength="11"',
})}
${field({
  id: "name",
  label: "Name",
  hint: "Sent as the name claim.",
  value: other?.name ?? "",
  error: other?.nameError,
  extra: 'autocomplete="off" maxlength="100"',
})}
<div class="actions"><button type="submit">Log in with this number</button></div>
</form>`;
}

export function renderLoginPage(model: LoginPageModel): string {
  const service = model.service ?? "ID-porten";
  const title = `${service} test login (emulator)`;
  const body = `<h1>${title}</h1>
<p class="notice">Local emulator of ${service}. Only synthetic test identities; no password is needed.</p>
<p>Logging in to <strong>${escapeHtml(model.clientId)}</strong>.</p>
<section aria-labelledby="persons-heading">
<h2 id="persons-heading">Test persons</h2>
${personButtons(model.loginAction)}
</section>
<section aria-labelledby="other-heading">
<h2 id="other-heading">Log in as someone else</h2>
${otherNumberForm(model.loginAction, model.other)}
</section>
<section aria-labelledby="cancel-heading">
<h2 id="cancel-heading">Cancel</h2>
<form method="post" action="${escapeHtml(model.abortAction)}">
<button type="submit" class="secondary">Cancel login and return to the service</button>
</form>
</section>`;
  return renderDocument({ title, body });
}

/** A dead-end page, e.g. when the interaction cookie has expired. */
export function renderInteractionErrorPage(message: string): string {
  const body = `<h1>${LOGIN_PAGE_TITLE}</h1>
<div class="notice" role="alert"><p>${escapeHtml(message)}</p></div>
<p>Go back to the service and start the login again.</p>`;
  return renderDocument({ title: `Error - ${LOGIN_PAGE_TITLE}`, body });
}
