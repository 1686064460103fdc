import {
  type ConsentTemplateCatalogue,
  findConsentTemplate,
  type LocalText,
  type PartyTexts,
} from "../consent-templates/template-catalogue";
import { escapeHtml } from "../html";
import { findTestPerson } from "../idporten/test-persons";
import { organisationName } from "../orgs/org-register";
import { getResource } from "../registry/resource-store";
import type { EnvName } from "../state/environments";
import { fillPlaceholders, renderConsentMarkdown } from "./consent-text";
import type { ConsentRequest } from "./consent-store";
import { ORGANISATION_URN, PERSON_URN } from "./party-urn";

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
      // Consent texts name metadata keys in lower case; the consumer may have sent them in any case.
      const metadata = Object.fromEntries(
        (right.metadata ?? []).map(([key, value]) => [key.toLowerCase(), value ?? ""]),
      );
      const consentText = fillPlaceholders(text(resource.consentText), metadata);
      return `<section lang="nb" aria-labelledby="right-${escapeHtml(resourceId)}">
<h2 id="right-${escapeHtml(resourceId)}">${escapeHtml(text(resource.title) || resourceId)}</h2>
${renderConsentMarkdown(consentText)}
</section>`;
    })
    .join("\n");
}

/**
 * The template's texts for this request (the catalogue entry recorded on it), with Altinn's placeholders filled:
 * {CoveredBy} the consumer, {OfferedBy} who gives consent, {HandledBy} a supplier, {Expiration} the end date.
 * The person or organisation variant is chosen by `from`.
 */
function templateTexts(request: ConsentRequest, catalogue: ConsentTemplateCatalogue) {
  const template = findConsentTemplate(catalogue, request.templateId);
  if (!template) return undefined;
  const values: Record<string, string> = {
    CoveredBy: partyName(request.to),
    OfferedBy: partyName(request.from),
    HandledBy: request.handledBy ? partyName(request.handledBy) : "",
    Expiration: new Date(request.validTo).toUTCString(),
  };
  const fill = (value: LocalText | null | undefined) => (value ? fillPlaceholders(text(value), values) : "");
  const variant = (texts: PartyTexts | undefined) =>
    fill(request.from.startsWith(PERSON_URN) ? texts?.person : texts?.org);
  return {
    template,
    heading: variant(template.texts.heading),
    intro: fill(template.texts.overriddenDelegationContext) || variant(template.texts.serviceIntro),
    expiration: fill(template.texts.expiration),
    handledBy: request.handledBy ? fill(template.texts.handledBy) : "",
  };
}

/** A consent request on the approval page: who asks, for what, until when, and Approve/Reject while it is open. */
export function requestHtml(
  env: EnvName,
  request: ConsentRequest,
  actionUrl: string,
  catalogue: ConsentTemplateCatalogue,
): string {
  const expired = request.validTo <= Date.now();
  const texts = templateTexts(request, catalogue);
  // A template without isMessageSetInRequest does not show the consumer's requestMessage.
  const message = texts && !texts.template.isMessageSetInRequest ? "" : text(request.requestMessage);
  const decision =
    request.status === "Created" && !expired
      ? `<form method="post" action="${escapeHtml(actionUrl)}" class="actions">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="reject" class="secondary">Reject</button>
</form>`
      : `<p><strong>This request is ${expired && request.status === "Created" ? "expired" : escapeHtml(request.status.toLowerCase())}.</strong></p>`;
  const onBehalfOf = request.from.startsWith(ORGANISATION_URN)
    ? `<p>You answer on behalf of <strong>${escapeHtml(partyName(request.from))}</strong>.</p>`
    : "";
  const paragraph = (value: string | undefined) => (value ? `<p lang="nb">${escapeHtml(value)}</p>` : "");
  const templateIntro = texts
    ? [texts.heading, texts.intro, texts.handledBy].map(paragraph).filter(Boolean).join("\n")
    : "";
  return `<h1>Consent request</h1>
<p><strong>${escapeHtml(partyName(request.to))}</strong> asks for your consent.</p>
${onBehalfOf}
${templateIntro}
${message ? `<p lang="nb">${escapeHtml(message)}</p>` : ""}
${rightsHtml(env, request)}
${texts?.expiration ? `<p lang="nb">${escapeHtml(texts.expiration)}</p>` : ""}
<p>Valid to: <time datetime="${escapeHtml(new Date(request.validTo).toISOString())}">${escapeHtml(new Date(request.validTo).toUTCString())}</time></p>
${decision}`;
}
