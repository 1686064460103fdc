import { isValidRedirectUrl } from "./consent-request-rules";
import {
  altinnAcceptsRedirectUrl,
  altinnReturnUrl,
  schemeOf,
  serverReceives,
  usesHashRouting,
} from "./redirect-return-url";

// The redirect kit's checker: what Altinn makes of a consumer's `redirectUrl` (redirect-return-url.ts cites the
// sources), and what the consumer should know about it before a person is sent there.

/** What the checker warns about; each has a message under `redirectKit.notes`. */
export type TRedirectNote =
  | "kitRefuses"
  | "plainHttp"
  | "localhost"
  | "hashRoute"
  | "hashRouteAmpersand"
  | "fragmentKept"
  | "bareHash"
  | "customScheme"
  | "noState"
  | "hasStatus";

export type TRedirectCheck =
  | { accepted: false; input: string }
  | {
      accepted: true;
      input: string;
      /** A web page (http, https) or an app's own scheme. */
      kind: "web" | "app";
      scheme: string;
      /** Where Altinn puts `Status`: the query, or (hash routing) inside the fragment. */
      placement: "query" | "fragment";
      returns: { ok: string; failed: string };
      /** What the consumer's HTTP server receives of each (web addresses only). */
      serverSees: { ok: string; failed: string } | null;
      /** The consumer's own parameter that says which request came back, when the address has one. */
      stateParam: string | null;
      /** False for schemes that run code (javascript:, data:) or nothing after the scheme: the kit's builder refuses. */
      kitAccepts: boolean;
      notes: TRedirectNote[];
    };

const ALTINN_NAMES = new Set(["status", "errormessage"]);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The parameter names in the address's query and, with hash routing, in the fragment after its first "?" or "&". */
export function parameterNames(redirectUrl: string): string[] {
  const url = new URL(redirectUrl);
  const names = [...url.searchParams.keys()];
  const fragment = url.hash.slice(1);
  const at = fragment.search(/[?&]/);
  if (usesHashRouting(redirectUrl) && at !== -1) names.push(...new URLSearchParams(fragment.slice(at + 1)).keys());
  return names;
}

function notesFor(url: string, kind: "web" | "app", names: string[], kitAccepts: boolean): TRedirectNote[] {
  const parsed = new URL(url);
  const hashRoute = usesHashRouting(url);
  const fragment = url.slice(url.indexOf("#") + 1);
  const checks: [TRedirectNote, boolean][] = [
    ["kitRefuses", !kitAccepts],
    ["plainHttp", parsed.protocol === "http:" && !LOCAL_HOSTS.has(parsed.hostname)],
    ["localhost", kind === "web" && LOCAL_HOSTS.has(parsed.hostname)],
    ["hashRoute", hashRoute],
    ["hashRouteAmpersand", hashRoute && url.indexOf("?") < url.indexOf("#") && !fragment.includes("?")],
    ["fragmentKept", !hashRoute && parsed.hash.length > 1],
    ["bareHash", url.endsWith("#")],
    ["customScheme", kind === "app" && kitAccepts],
    ["noState", !names.some((name) => !ALTINN_NAMES.has(name.toLowerCase()))],
    ["hasStatus", names.some((name) => ALTINN_NAMES.has(name.toLowerCase()))],
  ];
  return checks.filter(([, applies]) => applies).map(([note]) => note);
}

/** Everything the checker shows for what the consumer typed. */
export function checkRedirectUrl(input: string): TRedirectCheck {
  const url = input.trim();
  const scheme = schemeOf(url);
  if (!scheme || !altinnAcceptsRedirectUrl(url)) return { accepted: false, input: url };
  const kind = scheme === "http" || scheme === "https" ? "web" : "app";
  const returns = { ok: altinnReturnUrl(url, "ok"), failed: altinnReturnUrl(url, "failed") };
  const names = parameterNames(url);
  const kitAccepts = isValidRedirectUrl(url);
  return {
    accepted: true,
    input: url,
    kind,
    scheme,
    placement: usesHashRouting(url) ? "fragment" : "query",
    returns,
    serverSees: kind === "web" ? { ok: serverReceives(returns.ok), failed: serverReceives(returns.failed) } : null,
    stateParam: names.find((name) => !ALTINN_NAMES.has(name.toLowerCase())) ?? null,
    kitAccepts,
    notes: notesFor(url, kind, names, kitAccepts),
  };
}
