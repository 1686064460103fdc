import type { ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { Interaction } from "oidc-provider";
import { HttpError, readForm, sendHtml } from "../http-helpers";
import type { MountedRequest } from "../route-group";
import { type AccountStore, localeFrom } from "./accounts";
import { LOGIN_PAGE_CSP, renderInteractionErrorPage, renderLoginPage, type LoginPageModel } from "./login-page";
import { nationalIdentityNumberProblem } from "./national-identity-number";
import { findTestPerson, type TestPerson } from "./test-persons";

// What every emulated login asserts, like a TestID login at ID-porten's substantial level.
export const LOGIN_ACR = "idporten-loa-substantial";
export const LOGIN_AMR = ["TestID"];

const PID_ERRORS = {
  format: "The national identity number must be exactly 11 digits.",
  "check-digits": "The national identity number has invalid check digits.",
} as const;

/** Routes below the provider's mount path that the emulator serves itself (the login UI). */
const INTERACTION_PATH = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/;

export function interactionPath(uid: string): string {
  return `/interaction/${uid}`;
}

/**
 * The login UI oidc-provider sends the browser to (interactions.url in provider.ts).
 * Returns false when the request is not an interaction route, so the caller can hand it
 * to the provider. Consent never needs a page: provider.ts grants it automatically.
 */
export async function handleInteraction(
  provider: Provider,
  accounts: AccountStore,
  mountPath: string,
  req: MountedRequest,
  res: ServerResponse,
): Promise<boolean> {
  const route = interactionRoute(req, INTERACTION_PATH);
  if (!route) return false;
  const { uid, action } = route;
  const details = await loginInteraction(provider, uid, req, res);
  if (!details) return true;

  const base = `${mountPath}${interactionPath(uid)}`;
  const model: LoginPageModel = {
    loginAction: `${base}/login`,
    abortAction: `${base}/abort`,
    clientId: String(details.params.client_id ?? "unknown client"),
  };

  if (action === "abort") {
    await provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "End-User aborted interaction" },
      { mergeWithLastSubmission: false },
    );
  } else if (action === "login") {
    const chosen = personFromForm(await readForm(req));
    if ("person" in chosen) {
      const accountId = accounts.remember(chosen.person, localeFrom(details.params.ui_locales));
      // remember: false gives a browser-session cookie, so closing the browser logs out.
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId, acr: LOGIN_ACR, amr: LOGIN_AMR, remember: false } },
        { mergeWithLastSubmission: false },
      );
    } else {
      sendHtml(res, 400, renderLoginPage({ ...model, other: chosen.other }), LOGIN_PAGE_CSP);
    }
  } else {
    sendHtml(res, 200, renderLoginPage(model), LOGIN_PAGE_CSP);
  }
  return true;
}

/**
 * The interaction route a request names: `pattern` captures the uid and the action (a POST), none for the page (a
 * GET); undefined when the request is not an interaction route; a wrong method is 405.
 */
export function interactionRoute(req: MountedRequest, pattern: RegExp): { uid: string; action?: string } | undefined {
  const match = pattern.exec(new URL(req.url ?? "/", "http://emulator.invalid").pathname);
  if (!match) return undefined;
  const [, uid = "", action] = match;
  const expectedMethod = action ? "POST" : "GET";
  if (req.method !== expectedMethod) throw new HttpError(405, `Use ${expectedMethod} for this URL`);
  return { uid, ...(action ? { action } : {}) };
}

/**
 * The pending login interaction `uid` names, or undefined after answering with an error page. The interaction cookie
 * (SameSite=Lax, scoped to this path) ties the form to the browser that started the login, which is also what protects
 * these POSTs against CSRF.
 */
export async function loginInteraction(
  provider: Provider,
  uid: string,
  req: MountedRequest,
  res: ServerResponse,
): Promise<Interaction | undefined> {
  let details: Interaction;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    sendHtml(res, 400, renderInteractionErrorPage("This login has expired or was already completed."), LOGIN_PAGE_CSP);
    return undefined;
  }
  if (details.uid !== uid || details.prompt.name !== "login") {
    sendHtml(res, 400, renderInteractionErrorPage("This login page does not match the current login."), LOGIN_PAGE_CSP);
    return undefined;
  }
  return details;
}

type FormOutcome = { person: TestPerson } | { other: NonNullable<LoginPageModel["other"]> };

/** Either a listed test person (person=pid) or a typed-in number and name (pid, name). */
export function personFromForm(form: URLSearchParams): FormOutcome {
  const listed = form.get("person");
  if (listed !== null) {
    const person = findTestPerson(listed);
    if (person) return { person };
    return { other: { pid: listed, name: "", pidError: "That test person does not exist." } };
  }
  const pid = (form.get("pid") ?? "").replace(/\s/g, "");
  const name = (form.get("name") ?? "").trim();
  const problem = nationalIdentityNumberProblem(pid);
  const pidError = problem ? PID_ERRORS[problem] : undefined;
  const nameError =
    name === "" ? "Enter a name." : name.length > 100 ? "The name can be at most 100 characters." : undefined;
  if (pidError || nameError) return { other: { pid, name, pidError, nameError } };
  return { person: { pid, name } };
}
