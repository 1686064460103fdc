import { escapeHtml } from "../html";
import { findTestPerson } from "../idporten/test-persons";
import { organisationName } from "../orgs/org-register";
import { getResource } from "../registry/resource-store";
import type { EnvName } from "../state/environments";
import { fillPlaceholders, renderConsentMarkdown } from "./consent-text";
import { type ConsentRequest, ORGANISATION_URN } from "./consent-store";
import { PERSON_URN } from "./consent-request-validation";

function text(value: unknown, language = "nb"): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const texts = value as Record<string, unknown>;
    const chosen = texts[language] ?? texts.nb ?? texts.en;
    if (typeof chosen === "string") return chosen;
  }
  return "";
}

/** A test person's name; a typed-in synthetic number has none. */
export function personName(pid: string): string {
  return findTestPerson(pid)?.name ?? "Test person";
}

function partyName(urn: string): string {
  if (urn.startsWith(ORGANISATION_URN)) {
    const org = urn.slice(ORGANISATION_URN.length);
    return `${organisationName(org) ?? "Unknown organisation"} (${org})`;
  }
  const pid = urn.slice(PERSON_URN.length);
  return `${personName(pid)} (${pid})`;
}

function rightsHtml(env: EnvName, request: ConsentRequest): string {
  return request.consentRights
    .map((right) => {
      const resourceId = right.resource[0]?.value ?? "";
      const resource = getResource(env, resourceId)?.resource ?? {};
      const consentText = fillPlaceholders(text(resource.consentText), right.metadata ?? {});
      return `<section lang="nb" aria-labelledby="right-${escapeHtml(resourceId)}">
<h2 id="right-${escapeHtml(resourceId)}">${escapeHtml(text(resource.title) || resourceId)}</h2>
${renderConsentMarkdown(consentText)}
</section>`;
    })
    .join("\n");
}

/** A consent request on the approval page: who asks, for what, until when, and Approve/Reject while it is open. */
export function requestHtml(env: EnvName, request: ConsentRequest, actionUrl: string): string {
  const expired = Date.parse(request.validTo) <= Date.now();
  const message = text(request.requestMessage);
  const decision =
    request.status === "created" && !expired
      ? `<form method="post" action="${escapeHtml(actionUrl)}" class="actions">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="reject" class="secondary">Reject</button>
</form>`
      : `<p><strong>This request is ${expired && request.status === "created" ? "expired" : escapeHtml(request.status)}.</strong></p>`;
  const onBehalfOf = request.from.startsWith(ORGANISATION_URN)
    ? `<p>You answer on behalf of <strong>${escapeHtml(partyName(request.from))}</strong>.</p>`
    : "";
  return `<h1>Consent request</h1>
<p><strong>${escapeHtml(partyName(request.to))}</strong> asks for your consent.</p>
${onBehalfOf}
${message ? `<p lang="nb">${escapeHtml(message)}</p>` : ""}
${rightsHtml(env, request)}
<p>Valid to: <time datetime="${escapeHtml(request.validTo)}">${escapeHtml(new Date(request.validTo).toUTCString())}</time></p>
${decision}`;
}
