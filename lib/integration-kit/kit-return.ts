// The kit's own return address (the default `redirectUrl`) and what Altinn appends to it. After the person answers,
// Altinn sends the browser to `redirectUrl` with `Status=OK`, or `Status=Failed&ErrorMessage=...`, appended to the
// query (inside the fragment only with hash routing, "#/"; redirect-return-url.ts cites Altinn's code). It does not
// add the request's id, so the kit's address carries which test it is (`test=<id>`) itself.

export const KIT_TEST_PARAM = "test";

const kitPath = (orgNumber: string) => `/orgs/${orgNumber}/integration`;

/** The builder's default return address: the kit, with the resource chosen. */
export function kitReturnUrl(portalUrl: string, orgNumber: string, resourceIdentifier: string): string {
  const url = new URL(kitPath(orgNumber), portalUrl);
  url.searchParams.set("resource", resourceIdentifier);
  return url.href;
}

/** `redirectUrl` with the test's id added when it is the kit's own address; any other address is left as typed. */
export function markKitReturn(
  redirectUrl: string,
  options: { portalUrl: string; orgNumber: string; testId: string },
): string {
  let url: URL;
  try {
    url = new URL(redirectUrl);
  } catch {
    return redirectUrl;
  }
  if (
    url.origin !== new URL(options.portalUrl).origin ||
    url.pathname.replace(/\/$/, "") !== kitPath(options.orgNumber)
  )
    return redirectUrl;
  url.searchParams.set(KIT_TEST_PARAM, options.testId);
  return url.href;
}

export type TApprovalReturn =
  { outcome: "ok" } | { outcome: "failed"; errorMessage: string | null } | { outcome: "other"; status: string };

type TQuery = Record<string, string | string[] | undefined>;

/** Altinn's `Status` (and `ErrorMessage`) on the return, names read ignoring case; null when the page was not returned to. */
export function readApprovalReturn(query: TQuery): TApprovalReturn | null {
  const value = (name: string) => {
    const found = Object.entries(query).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
    return (Array.isArray(found) ? found[0] : found)?.trim() || null;
  };
  const status = value("Status");
  if (!status) return null;
  if (status.toLowerCase() === "ok") return { outcome: "ok" };
  if (status.toLowerCase() === "failed")
    return { outcome: "failed", errorMessage: value("ErrorMessage")?.slice(0, 300) ?? null };
  return { outcome: "other", status: status.slice(0, 40) };
}
