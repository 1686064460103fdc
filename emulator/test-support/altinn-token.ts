import { registerTestClient } from "./maskinporten-client";

/**
 * An Altinn token the way a real client gets one: register a Maskinporten client for the
 * organisation (control endpoint), sign an assertion, fetch a Maskinporten token and
 * exchange it at the Altinn authentication endpoint (which answers with the bare JWT).
 */
export async function altinnToken(
  baseUrl: string,
  options: { orgNumber: string; scopes: string[]; env?: "test" | "prod" },
): Promise<string> {
  const env = options.env ?? "test";
  const client = await registerTestClient(baseUrl, { env, orgNumber: options.orgNumber, scopes: options.scopes });
  const maskinportenToken = await client.accessToken(options.scopes.join(" "));
  const response = await fetch(`${baseUrl}/${env}/platform/authentication/api/v1/exchange/maskinporten`, {
    headers: { authorization: `Bearer ${maskinportenToken}` },
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${body}`);
  return body;
}

const DIGDIR = "991825827";

/**
 * Grants `consumerOrg` access to Digdir's restricted scopes (e.g. altinn:consentrequests.write),
 * as Digdir does for consumers: through the Maskinporten admin API with a Digdir token.
 */
export async function grantDigdirScopes(
  baseUrl: string,
  consumerOrg: string,
  scopes: string[],
  env: "test" | "prod" = "test",
): Promise<void> {
  const digdir = await registerTestClient(baseUrl, { env, orgNumber: DIGDIR, scopes: ["idporten:scopes.write"] });
  const token = await digdir.accessToken("idporten:scopes.write");
  for (const scope of scopes) {
    const url = `${baseUrl}/${env}/maskinporten-admin/api/v1/scopes/access/${consumerOrg}?scope=${encodeURIComponent(scope)}`;
    const response = await fetch(url, { method: "PUT", headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`scope access for ${scope} failed: ${response.status} ${await response.text()}`);
  }
}

/** Headers for a JSON call with an Altinn token. */
export function altinnHeaders(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, "content-type": "application/json", ...extra };
}
