import { altinnToken } from "../test-support/altinn-token";
import { registerTestClient, type TestMaskinportenClient } from "../test-support/maskinporten-client";
import { SUPPLIER_SCOPES } from "./supplier-caller";

export const ENDUSER_SCOPES = Object.values(SUPPLIER_SCOPES);

/** The party UUID of an organisation, looked up in the emulated Altinn Register as the portal does. */
export async function partyUuidOf(url: string, orgNumber: string): Promise<string> {
  const token = await altinnToken(url, { orgNumber, scopes: ["altinn:authentication/exchange"] });
  const response = await fetch(`${url}/test/platform/register/api/v1/parties/lookup`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ orgNo: orgNumber }),
  });
  if (response.status !== 200) throw new Error(`party lookup: ${response.status}`);
  return ((await response.json()) as { partyUuid: string }).partyUuid;
}

/** Calls the supplier-delegation API as `orgNumber` (its own Maskinporten token with the enduser scopes). */
export async function enduserApi(url: string, orgNumber: string) {
  const client: TestMaskinportenClient = await registerTestClient(url, { orgNumber, scopes: ENDUSER_SCOPES });
  const token = await client.accessToken(ENDUSER_SCOPES.join(" "));
  const party = await partyUuidOf(url, orgNumber);
  return (method: string, path: string, query: Record<string, string> = {}, bearer = token) =>
    fetch(`${url}/test/platform/accessmanagement/api/v1/enduser/${path}?${new URLSearchParams({ party, ...query })}`, {
      method,
      headers: { authorization: `Bearer ${bearer}` },
    });
}
