import { contentSecurityPolicy, escapeHtml, renderDocument } from "../html";
import { readForm, sendHtml } from "../http-helpers";
import { findTestPerson } from "../idporten/test-persons";
import { organisationName } from "../orgs/org-register";
import { ProblemError } from "../problem";
import { getResource } from "../registry/resource-store";
import type { RouteContext, Router } from "../registry/router";
import type { EnvName } from "../state/environments";
import { fillPlaceholders, renderConsentMarkdown } from "./consent-text";
import { type ConsentRequest, decideConsentRequest, getConsentRequest, ORGANISATION_URN } from "./consent-store";
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

function partyName(urn: string): string {
  if (urn.startsWith(ORGANISATION_URN)) {
    const org = urn.slice(ORGANISATION_URN.length);
    return `${organisationName(org) ?? "Unknown organisation"} (${org})`;
  }
  const pid = urn.slice(PERSON_URN.length);
  return `${findTestPerson(pid)?.name ?? "Test person"} (${pid})`;
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

function pageHtml(env: EnvName, request: ConsentRequest, actionUrl: string): string {
  const expired = Date.parse(request.validTo) <= Date.now();
  const message = text(request.requestMessage);
  const decision =
    request.status === "created" && !expired
      ? `<form method="post" action="${escapeHtml(actionUrl)}" class="actions">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="reject" class="secondary">Reject</button>
</form>`
      : `<p><strong>This request is ${expired && request.status === "created" ? "expired" : escapeHtml(request.status)}.</strong></p>`;
  return `<p class="notice">Local emulator test page: there is no real login. You act as ${escapeHtml(partyName(request.from))}, the party the request is addressed to.</p>
<h1>Consent request</h1>
<p><strong>${escapeHtml(partyName(request.to))}</strong> asks for your consent.</p>
${message ? `<p lang="nb">${escapeHtml(message)}</p>` : ""}
${rightsHtml(env, request)}
<p>Valid to: <time datetime="${escapeHtml(request.validTo)}">${escapeHtml(new Date(request.validTo).toUTCString())}</time></p>
${decision}`;
}

function sendPage(context: RouteContext, status: number, title: string, body: string): void {
  sendHtml(context.res, status, renderDocument({ title, body }), contentSecurityPolicy());
}

/** Problems on this page are shown as HTML: a person, not a client, is reading them. */
async function asHtml(context: RouteContext, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    const detail = typeof error.extra.detail === "string" ? error.extra.detail : "";
    sendPage(context, error.status, error.title, `<h1>${escapeHtml(error.title)}</h1><p>${escapeHtml(detail)}</p>`);
  }
}

function requestOf(context: RouteContext): ConsentRequest {
  const id = context.params.id ?? "";
  const request = getConsentRequest(context.env, id);
  if (!request) throw new ProblemError(404, "Consent request not found", { detail: `No consent request ${id}` });
  return request;
}

export function addApprovalPageRoutes(router: Router): void {
  router.on("GET", "/requests/:id", (context) =>
    asHtml(context, () => {
      const request = requestOf(context);
      const actionUrl = `${context.baseUrl}/requests/${encodeURIComponent(request.id)}`;
      sendPage(context, 200, "Consent request", pageHtml(context.env, request, actionUrl));
    }),
  );

  router.on("POST", "/requests/:id", (context) =>
    asHtml(context, async () => {
      const request = requestOf(context);
      const decision = (await readForm(context.req)).get("decision");
      if (decision !== "approve" && decision !== "reject") {
        throw new ProblemError(400, "Choose Approve or Reject", { detail: "decision must be approve or reject" });
      }
      if (Date.parse(request.validTo) <= Date.now()) {
        throw new ProblemError(409, "Consent request expired", { detail: `It was valid to ${request.validTo}` });
      }
      const decided = decideConsentRequest(context.env, request.id, decision);
      // Back to the consumer, as Altinn does, with the outcome in the query.
      const target = new URL(decided.redirectUrl);
      target.searchParams.set("id", decided.id);
      target.searchParams.set("status", decided.status);
      context.res.writeHead(303, { location: target.href, "cache-control": "no-store" }).end();
    }),
  );
}
