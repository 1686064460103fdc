import { browserSnippet, kotlinSnippet, swiftSnippet } from "./redirect-snippets-app";
import { aspNetSnippet, expressSnippet, nextRouteSnippet } from "./redirect-snippets-server";
import type { TRedirectCheck } from "./redirect-url-check";

// Code that reads Altinn's return, written for the address the consumer typed: its path, its scheme and host, its own
// parameter naming the request, and the exact addresses Altinn sends the person to.

export const REDIRECT_SNIPPET_FORMATS = ["express", "nextjs", "browser", "aspnet", "kotlin", "swift"] as const;
export type TRedirectSnippetFormat = (typeof REDIRECT_SNIPPET_FORMATS)[number];
export type TRedirectSnippets = Record<TRedirectSnippetFormat, string>;

/** The parameter the snippets read when the address has none of its own. */
export const DEFAULT_STATE_PARAM = "state";

export type TRedirectSnippetContext = {
  input: string;
  kind: "web" | "app";
  scheme: string;
  /** The address's host ("" when it has none, `myapp:/done`). */
  host: string;
  /** The address's path, which a server routes on ("/" when it has none). */
  path: string;
  placement: "query" | "fragment";
  okUrl: string;
  failedUrl: string;
  stateParam: string;
  /** Whether the address already carries `stateParam`, or the snippets ask to add it. */
  stateGiven: boolean;
  consentRequestsUrl: string;
};

type TAccepted = Extract<TRedirectCheck, { accepted: true }>;

export function redirectSnippetContext(check: TAccepted, consentRequestsUrl: string): TRedirectSnippetContext {
  const url = new URL(check.input);
  return {
    input: check.input,
    kind: check.kind,
    scheme: check.scheme,
    host: url.hostname,
    path: url.pathname || "/",
    placement: check.placement,
    okUrl: check.returns.ok,
    failedUrl: check.returns.failed,
    stateParam: check.stateParam ?? DEFAULT_STATE_PARAM,
    stateGiven: check.stateParam !== null,
    consentRequestsUrl,
  };
}

export function redirectSnippets(check: TAccepted, consentRequestsUrl: string): TRedirectSnippets {
  const context = redirectSnippetContext(check, consentRequestsUrl);
  return {
    express: expressSnippet(context),
    nextjs: nextRouteSnippet(context),
    browser: browserSnippet(context),
    aspnet: aspNetSnippet(context),
    kotlin: kotlinSnippet(context),
    swift: swiftSnippet(context),
  };
}
