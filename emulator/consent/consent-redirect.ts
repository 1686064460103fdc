import type { ConsentRequest } from "./consent-store";

/**
 * Where the person's browser goes after answering, as Altinn's access management frontend builds it
 * (Altinn/altinn-access-management-frontend backend/src/Altinn.AccessManagement.UI/Altinn.AccessManagement.UI.Core/
 * Services/ConsentService.cs, GetConsentRequestRedirectUrl):
 * - an Accepted event gives `Status=OK`; else a Rejected event gives `Status=Failed&ErrorMessage=User+did+not+give+consent`
 *   (HttpUtility's query string, so spaces are "+");
 * - a URL with hash routing ("#/") gets the parameters appended to its very end, after "&" if it has a "?" anywhere;
 * - otherwise they go into the query (before any fragment), after "&" if there already is a query.
 */
/** Uri.GetLeftPart(UriPartial.Query) normalises http(s) URLs (lower-case host, "/" for an empty path). */
function leftPart(url: string): string {
  if (!/^https?:/i.test(url)) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

export function redirectAfterDecision(request: ConsentRequest): string {
  const types = request.events.map((event) => event.eventType);
  const status = types.includes("Accepted")
    ? "Status=OK"
    : types.includes("Rejected")
      ? "Status=Failed&ErrorMessage=User+did+not+give+consent"
      : "";
  const url = request.redirectUrl ?? "";
  if (url.includes("#/")) return `${url}${url.includes("?") ? "&" : "?"}${status}`;
  const hash = url.indexOf("#");
  // Uri.GetLeftPart(UriPartial.Query) + Uri.Fragment: a bare "#" carries no fragment.
  const base = leftPart(hash === -1 ? url : url.slice(0, hash));
  const fragment = hash === -1 || hash === url.length - 1 ? "" : url.slice(hash);
  return `${base}${base.includes("?") ? "&" : "?"}${status}${fragment}`;
}
