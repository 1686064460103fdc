// Where Altinn sends the person after they answer a consent request, replicated for the redirect kit (no code is
// shared with the emulator). Two Altinn sources:
// - Validation when the request is created: `ConsentService.IsValidUrl` (Altinn/altinn-authorization-tmp
//   src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Core/Services/ConsentService.cs): `Uri.TryCreate` with
//   UriKind.Absolute, then http, https or any scheme matching `^[a-z][a-z0-9+\-.]*$` (RFC 3986; .NET lower-cases the
//   scheme) for a mobile app's deep link. A refusal is AM.VLD-00027 "Redirect URL is not a valid URL" at RedirectUrl.
// - The return: `ConsentService.GetConsentRequestRedirectUrl` (Altinn/altinn-access-management-frontend
//   backend/src/Altinn.AccessManagement.UI/Altinn.AccessManagement.UI.Core/Services/ConsentService.cs; its cases in
//   backend/.../Altinn.AccessManagement.UI.Tests/Controllers/ConsentControllerTest.cs). An accepted request gives
//   `Status=OK`, a rejected one `Status=Failed&ErrorMessage=User did not give consent`, encoded by HttpUtility's query
//   string (spaces as "+"). An address containing "#/" (hash routing) gets them appended to its very end, after "&" when
//   a "?" occurs anywhere in it, else after "?"; any other address gets them at the end of its query (before the
//   fragment, which is kept; a bare "#" is dropped), the part up to the query as `Uri.GetLeftPart(UriPartial.Query)`
//   normalises it. Nothing else is appended: not the request's id, not any state.

export const ALTINN_FAILED_MESSAGE = "User did not give consent";
export const REDIRECT_URL_ERROR = "AM.VLD-00027";
export type TReturnOutcome = "ok" | "failed";

const RFC3986_SCHEME = /^[a-z][a-z0-9+\-.]*$/;

/** The scheme, lower-cased as .NET reports it, of an absolute URL; null when the text is not one. */
export function schemeOf(value: string): string | null {
  try {
    return new URL(value.trim()).protocol.slice(0, -1).toLowerCase();
  } catch {
    return null;
  }
}

/** Whether Altinn takes `value` as a consent request's `redirectUrl` (else AM.VLD-00027). */
export function altinnAcceptsRedirectUrl(value: string): boolean {
  const scheme = schemeOf(value);
  return scheme !== null && RFC3986_SCHEME.test(scheme);
}

/** Hash routing as Altinn tells it: "#/" anywhere in the address puts the status inside the fragment. */
export const usesHashRouting = (redirectUrl: string) => redirectUrl.includes("#/");

/** What Altinn appends for an outcome, as HttpUtility writes it. */
export function altinnStatusQuery(outcome: TReturnOutcome): string {
  const status = new URLSearchParams({ Status: outcome === "ok" ? "OK" : "Failed" });
  if (outcome === "failed") status.set("ErrorMessage", ALTINN_FAILED_MESSAGE);
  return status.toString();
}

/** The address up to its query, and its fragment, as .NET's Uri splits them (http(s) normalised as browsers do). */
function splitAtFragment(redirectUrl: string): { leftPart: string; fragment: string } {
  const hashAt = redirectUrl.indexOf("#");
  const beforeHash = hashAt === -1 ? redirectUrl : redirectUrl.slice(0, hashAt);
  const fragment = hashAt === -1 ? "" : redirectUrl.slice(hashAt);
  if (!/^https?:/i.test(redirectUrl)) return { leftPart: beforeHash, fragment: fragment === "#" ? "" : fragment };
  const parsed = new URL(redirectUrl);
  return { leftPart: `${parsed.origin}${parsed.pathname}${parsed.search}`, fragment: parsed.hash };
}

/** The exact address Altinn sends the person's browser (or app) to after the answer. */
export function altinnReturnUrl(redirectUrl: string, outcome: TReturnOutcome): string {
  const url = redirectUrl.trim();
  const status = altinnStatusQuery(outcome);
  if (usesHashRouting(url)) return `${url}${url.includes("?") ? "&" : "?"}${status}`;
  const { leftPart, fragment } = splitAtFragment(url);
  return `${leftPart}${leftPart.includes("?") ? "&" : "?"}${status}${fragment}`;
}

/** What an HTTP server receives of a return address: everything before the "#" (browsers never send a fragment). */
export function serverReceives(returnUrl: string): string {
  const hashAt = returnUrl.indexOf("#");
  return hashAt === -1 ? returnUrl : returnUrl.slice(0, hashAt);
}
