/**
 * ConsentService.IsValidUrl (Altinn/altinn-authorization-tmp .../Core/Services/ConsentService.cs): an absolute URI
 * (Uri.TryCreate with UriKind.Absolute) whose scheme is http, https or a custom scheme for a mobile app's deep link
 * (RFC 3986: a letter, then letters, digits, "+", "-" or "."; .NET lower-cases the scheme), e.g.
 * `no.bank.app://consent/done`. Relative URLs fail. A failure is AM.VLD-00027 at path "RedirectUrl".
 */
export function isValidRedirectUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  return /^[a-z][a-z0-9+\-.]*$/.test(parsed.protocol.slice(0, -1).toLowerCase());
}
