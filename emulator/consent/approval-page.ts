import type { ServerResponse } from "node:http";
import { contentSecurityPolicy, escapeHtml, renderDocument } from "../html";
import { readForm, sendHtml } from "../http-helpers";
import { ProblemError } from "../problem";
import type { RouteContext, Router } from "../registry/router";
import { LOGIN_TITLE, loginAttempt, loginPageHtml } from "./approval-login-page";
import { personName, requestHtml } from "./approval-request-view";
import { clearLoginCookie, loggedInPid, setLoginCookie } from "./approval-session";
import type { ConsentTemplateCatalogue } from "../consent-templates/template-catalogue";
import { type ApprovalRefusal, refuseConsentApproval } from "./authorize-consent-approval";
import { changeConsentStatus } from "./consent-lifecycle";
import { redirectAfterDecision } from "./consent-redirect";
import { type ConsentRequest, getConsentRequest } from "./consent-store";
import { PERSON_URN } from "./party-urn";

function sendPage(context: RouteContext, status: number, title: string, body: string): void {
  sendHtml(context.res, status, renderDocument({ title, body }), contentSecurityPolicy());
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, "cache-control": "no-store" }).end();
}

/** Problems on this page are shown as HTML: a person, not a client, is reading them. */
async function asHtml(context: RouteContext, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    const detail = typeof error.extra.detail === "string" ? error.extra.detail : "";
    const back =
      typeof error.extra.pageUrl === "string"
        ? `<p><a href="${escapeHtml(error.extra.pageUrl)}">Back to the consent request</a></p>`
        : "";
    sendPage(
      context,
      error.status,
      error.title,
      `<h1>${escapeHtml(error.title)}</h1><p>${escapeHtml(detail)}</p>${back}`,
    );
  }
}

function requestOf(context: RouteContext): ConsentRequest {
  const id = context.params.id ?? "";
  const request = getConsentRequest(context.env, id);
  if (!request) throw new ProblemError(404, "Consent request not found", { detail: `No consent request ${id}` });
  return request;
}

function pageUrl(context: RouteContext, request: ConsentRequest): string {
  return `${context.baseUrl}/requests/${encodeURIComponent(request.id)}`;
}

/**
 * The pid the request is addressed to when that is not the logged-in person; undefined when they may decide.
 * A `requiredDelegator` must be the person who answers (ConsentService.AuthorizeUserForConsentRequest).
 */
function addressedToOther(request: ConsentRequest, pid: string): string | undefined {
  const required = request.requiredDelegator?.startsWith(PERSON_URN) ? request.requiredDelegator : undefined;
  const addressee = required ?? (request.from.startsWith(PERSON_URN) ? request.from : undefined);
  if (addressee) return addressee === `${PERSON_URN}${pid}` ? undefined : addressee.slice(PERSON_URN.length);
  // An organisation: who may answer is the resource policy's `consent` rule (authorize-consent-approval.ts).
  return undefined;
}

function logoutForm(action: string, pid: string): string {
  return `<div class="notice"><p>Logged in as ${escapeHtml(`${personName(pid)} (${pid})`)}</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="step" value="logout">
<button type="submit" class="secondary">Log out</button>
</form></div>`;
}

/** Altinn's portal shows the person its refusal (GetRequest answers AM-00000) instead of the request. */
function refusalHtml(action: string, pid: string, refused: ApprovalRefusal): string {
  return `${logoutForm(action, pid)}
<h1>Consent request</h1>
<p role="alert"><strong>${escapeHtml(`${refused.title} (${refused.code})`)}</strong></p>
<p>${escapeHtml(refused.detail)}</p>
<p>Only a person with a role or access package the resource's policy names for this organisation may answer it.</p>`;
}

function showPage(context: RouteContext, request: ConsentRequest, catalogue: ConsentTemplateCatalogue): void {
  const action = pageUrl(context, request);
  const pid = loggedInPid(context.req);
  if (!pid) return sendPage(context, 200, LOGIN_TITLE, loginPageHtml(action));
  const other = addressedToOther(request, pid);
  if (other) {
    return sendPage(
      context,
      403,
      "Consent request for another person",
      `${logoutForm(action, pid)}
<h1>Consent request</h1>
<p role="alert"><strong>This consent request is addressed to another person (${escapeHtml(other)}).</strong></p>
<p>Log out and log in as that person to answer it.</p>`,
    );
  }
  const refused = refuseConsentApproval(context.env, request, pid);
  if (refused) return sendPage(context, refused.status, refused.title, refusalHtml(action, pid, refused));
  sendPage(
    context,
    200,
    "Consent request",
    `${logoutForm(action, pid)}\n${requestHtml(context.env, request, action, catalogue)}`,
  );
}

function logIn(context: RouteContext, request: ConsentRequest, form: URLSearchParams): void {
  const attempt = loginAttempt(form);
  if ("error" in attempt)
    return sendPage(context, 400, `Error - ${LOGIN_TITLE}`, loginPageHtml(pageUrl(context, request), attempt));
  setLoginCookie(context.res, attempt.pid);
  redirect(context.res, pageUrl(context, request));
}

function decide(context: RouteContext, request: ConsentRequest, decision: string | null): void {
  const url = pageUrl(context, request);
  const pid = loggedInPid(context.req);
  if (!pid) {
    throw new ProblemError(401, "Log in first", {
      detail: "Log in as the person the consent request is addressed to before you answer it.",
      pageUrl: url,
    });
  }
  const other = addressedToOther(request, pid);
  if (other) {
    throw new ProblemError(403, "Not your consent request", {
      detail: `This consent request is addressed to another person (${other}).`,
      pageUrl: url,
    });
  }
  // ConsentService.AcceptRequest authorises before it looks at the status.
  const refused = refuseConsentApproval(context.env, request, pid);
  if (refused) {
    throw new ProblemError(refused.status, refused.title, {
      detail: `${refused.code}: ${refused.detail}`,
      pageUrl: url,
    });
  }
  if (decision !== "approve" && decision !== "reject") {
    throw new ProblemError(400, "Choose Approve or Reject", {
      detail: "decision must be approve or reject",
      pageUrl: url,
    });
  }
  if (request.validTo <= Date.now()) {
    throw new ProblemError(409, "Consent request expired", {
      detail: `It was valid to ${new Date(request.validTo).toISOString()}`,
      pageUrl: url,
    });
  }
  const decided = changeConsentStatus(
    context.env,
    request.id,
    decision === "approve" ? "accept" : "reject",
    `${PERSON_URN}${pid}`,
  );
  if (!decided.ok) {
    const detail = `${decided.problem.code}: ${decided.problem.detail} (status ${request.status})`;
    throw new ProblemError(decided.problem.status, "Consent request already answered", { detail, pageUrl: url });
  }
  // Back to the consumer, as Altinn's frontend sends the browser: redirectUrl with Status=OK or Status=Failed&ErrorMessage=...
  redirect(context.res, redirectAfterDecision(decided.request));
}

export function addApprovalPageRoutes(router: Router, catalogue: ConsentTemplateCatalogue): void {
  router.on("GET", "/requests/:id", (context) =>
    asHtml(context, () => showPage(context, requestOf(context), catalogue)),
  );

  // One URL, three forms: step=login and step=logout, or a decision (Approve/Reject).
  router.on("POST", "/requests/:id", (context) =>
    asHtml(context, async () => {
      const request = requestOf(context);
      const form = await readForm(context.req);
      const step = form.get("step");
      if (step === "login") return logIn(context, request, form);
      if (step === "logout") {
        clearLoginCookie(context.res);
        return redirect(context.res, pageUrl(context, request));
      }
      decide(context, request, form.get("decision"));
    }),
  );
}
