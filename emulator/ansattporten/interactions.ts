import type { ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { Interaction } from "oidc-provider";
import { readForm, sendHtml } from "../http-helpers";
import { organisationName } from "../orgs/org-register";
import type { MountedRequest } from "../route-group";
import { type AccountStore, localeFrom } from "../idporten/accounts";
import {
  interactionPath,
  interactionRoute,
  LOGIN_ACR,
  LOGIN_AMR,
  loginInteraction,
  personFromForm,
} from "../idporten/interactions";
import { LOGIN_PAGE_CSP, renderLoginPage } from "../idporten/login-page";
import { findTestPerson } from "../idporten/test-persons";
import { rightsFor } from "./altinn-rights";
import { parseRepresentationRequest, type Representation, type RepresentationRequest } from "./authorization-details";
import { renderNoOrganisationPage, renderPickerPage } from "./picker-page";
import { REPRESENTATION_REASON } from "./provider";

const INTERACTION_PATH = /^\/interaction\/([\w-]+)(?:\/(login|represent|abort))?$/;

interface Person {
  accountId: string;
  pid: string;
  name: string;
}

interface Step {
  provider: Provider;
  details: Interaction;
  request?: RepresentationRequest;
  base: string;
  req: MountedRequest;
  res: ServerResponse;
}

/**
 * Ansattporten's login UI: the test persons (ID-porten's page), then the organisation picker when the request carries
 * `authorization_details`. With a live session and only the picker pending (a new login request of a logged-in
 * person), the picker shows at once: switching organisation always goes through it.
 */
export async function handleAnsattportenInteraction(
  issuer: { provider: Provider; accounts: AccountStore; mountPath: string },
  req: MountedRequest,
  res: ServerResponse,
): Promise<boolean> {
  const { provider, accounts, mountPath } = issuer;
  const route = interactionRoute(req, INTERACTION_PATH);
  if (!route) return false;
  const { uid, action } = route;
  const details = await loginInteraction(provider, uid, req, res);
  if (!details) return true;

  const raw = details.params.authorization_details;
  const step: Step = {
    provider,
    details,
    base: `${mountPath}${interactionPath(uid)}`,
    req,
    res,
    ...(typeof raw === "string" ? { request: parseRepresentationRequest(raw) } : {}),
  };
  const sessionAccount = details.session?.accountId;
  const sessionPid = sessionAccount ? accounts.pidOf(sessionAccount) : undefined;
  const pickerOnly = sessionAccount && sessionPid && details.prompt.reasons.every((r) => r === REPRESENTATION_REASON);
  const sessionPerson = pickerOnly
    ? { accountId: sessionAccount, pid: sessionPid, name: findTestPerson(sessionPid)?.name ?? sessionPid }
    : undefined;

  if (action === "abort") return finish(step, { error: "access_denied", error_description: "End-User aborted" });
  if (action === "login") {
    const chosen = personFromForm(await readForm(req));
    if (!("person" in chosen)) {
      sendHtml(res, 400, loginPage(step, chosen.other), LOGIN_PAGE_CSP);
      return true;
    }
    const accountId = accounts.remember(chosen.person, localeFrom(details.params.ui_locales));
    const person = { accountId, ...chosen.person };
    pendingLogins.set(details.uid, person);
    return step.request ? showPicker(step, person, true) : finish(step, loginResult(person));
  }
  const person = pendingLogins.get(details.uid) ?? sessionPerson;
  if (action === "represent" && person && step.request) return represent(step, person, await readForm(req));
  if (sessionPerson && step.request) return showPicker(step, sessionPerson, false);
  sendHtml(res, 200, loginPage(step), LOGIN_PAGE_CSP);
  return true;
}

/** Persons chosen on the login page whose picker is still open, by interaction uid. */
const pendingLogins = new Map<string, Person>();

function loginPage(step: Step, other?: Parameters<typeof renderLoginPage>[0]["other"]): string {
  return renderLoginPage({
    loginAction: `${step.base}/login`,
    abortAction: `${step.base}/abort`,
    clientId: String(step.details.params.client_id ?? "unknown client"),
    service: "Ansattporten",
    ...(other ? { other } : {}),
  });
}

function loginResult(person: Person) {
  // remember: false gives a browser-session cookie, so closing the browser logs out.
  return { login: { accountId: person.accountId, acr: LOGIN_ACR, amr: LOGIN_AMR, remember: false } };
}

async function finish(step: Step, result: Record<string, unknown>): Promise<true> {
  pendingLogins.delete(step.details.uid);
  await step.provider.interactionFinished(step.req, step.res, result, { mergeWithLastSubmission: false });
  return true;
}

/** The organisations the person may represent for this request, with the requested resources held for each. */
function offered(request: RepresentationRequest, pid: string): Representation {
  // Every organisation in the emulator's register is a main unit (hovedenhet): `business` (sub-units only) offers none.
  if (request.organizationform === "business") return [];
  return [...rightsFor(pid, request.resources)].map(([orgNumber, resources]) => ({ orgNumber, resources }));
}

function pickerModel(step: Step, person: Person, request: RepresentationRequest, error?: string) {
  return {
    action: `${step.base}/represent`,
    abortAction: `${step.base}/abort`,
    personName: person.name,
    organisations: offered(request, person.pid).map(({ orgNumber }) => ({
      orgNumber,
      name: organisationName(orgNumber) ?? orgNumber,
    })),
    multiple: request.allowMultipleOrganizations,
    allowSelf: !request.representationIsRequired,
    ...(error ? { error } : {}),
  };
}

/** Nothing to offer: back as oneself, or (representation_is_required) Ansattporten's error page. */
async function showPicker(step: Step, person: Person, newLogin: boolean): Promise<true> {
  const request = step.request as RepresentationRequest;
  const login = newLogin ? loginResult(person) : {};
  if (offered(request, person.pid).length === 0) {
    if (!request.representationIsRequired) return finish(step, { ...login, representation: [] });
    const page = renderNoOrganisationPage({
      abortAction: `${step.base}/abort`,
      personName: person.name,
      resources: request.resources,
    });
    sendHtml(step.res, 403, page, LOGIN_PAGE_CSP);
    return true;
  }
  sendHtml(step.res, 200, renderPickerPage(pickerModel(step, person, request)), LOGIN_PAGE_CSP);
  return true;
}

async function represent(step: Step, person: Person, form: URLSearchParams): Promise<true> {
  const request = step.request as RepresentationRequest;
  const newLogin = pendingLogins.has(step.details.uid);
  const login = newLogin ? loginResult(person) : {};
  const choices = offered(request, person.pid);
  if (form.get("choice") === "self" && !request.representationIsRequired)
    return finish(step, { ...login, representation: [] });
  const picked = new Set(form.getAll("org"));
  const chosen = choices.filter((org) => picked.has(org.orgNumber));
  const error =
    chosen.length === 0 || chosen.length !== picked.size
      ? "Choose an organisation from the list."
      : chosen.length > 1 && !request.allowMultipleOrganizations
        ? "Choose only one organisation."
        : undefined;
  if (error) {
    sendHtml(step.res, 400, renderPickerPage(pickerModel(step, person, request, error)), LOGIN_PAGE_CSP);
    return true;
  }
  return finish(step, { ...login, representation: chosen });
}
