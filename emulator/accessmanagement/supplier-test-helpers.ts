import { AnsattportenTestClient, CLIENT } from "../ansattporten/ansattporten-test-client";
import { altinnToken } from "../test-support/altinn-token";
import { SUPPLIER_SCOPES } from "./supplier-caller";

export const ENDUSER_SCOPES = Object.values(SUPPLIER_SCOPES);
export const MASKINPORTEN_ADMINISTRATOR = "urn:altinn:accesspackage:maskinporten-administrator";

/** The party UUID of an organisation, looked up in the emulated Altinn Register (with any Altinn token). */
export async function partyUuidOf(url: string, orgNumber: string, bearer?: string): Promise<string> {
  const token = bearer ?? (await altinnToken(url, { orgNumber, scopes: ["altinn:authentication/exchange"] }));
  const response = await fetch(`${url}/test/platform/register/api/v1/parties/lookup`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ orgNo: orgNumber }),
  });
  if (response.status !== 200) throw new Error(`party lookup: ${response.status}`);
  return ((await response.json()) as { partyUuid: string }).partyUuid;
}

/** Sets what a person holds for an organisation in the emulator's Altinn (resources, packages, role codes). */
export async function setRights(url: string, pid: string, orgNumber: string, resources: string[]): Promise<void> {
  const response = await fetch(`${url}/_emulator/altinn-rights/${pid}/${orgNumber}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ resources }),
  });
  if (response.status !== 200) throw new Error(`altinn-rights: ${response.status}`);
}

/**
 * A person's access token from the emulator's ID-porten (or, `issuer: "ansattporten"`, Ansattporten), asked with
 * `scopes` (the typed-person login).
 */
export async function personAccessToken(
  url: string,
  pid: string,
  scopes = ENDUSER_SCOPES,
  issuer: "idporten" | "ansattporten" = "idporten",
): Promise<string> {
  const rp = new AnsattportenTestClient(
    `${url}/${issuer}`,
    url,
    CLIENT.redirectUri.replace(/\/callback\/ansattporten$/, `/callback/${issuer}`),
  );
  const page = await rp.start(undefined, { scope: ["openid", "profile", ...scopes].join(" ") });
  const action = /<form method="post" action="([^"]+\/login)"/.exec(page.html)?.[1];
  if (!action) throw new Error("no login form");
  const callback = await rp.post(action, { pid, name: "Test Person" }, page.url);
  return (await rp.finish(callback.url)).accessToken;
}

/** Exchanges a person's access token at the emulated Altinn Authentication (`exchange/id-porten`). */
export const exchangePersonToken = (url: string, accessToken: string) =>
  fetch(`${url}/test/platform/authentication/api/v1/exchange/id-porten`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });

/** A person's Altinn token: logged in through ID-porten with the enduser scopes, then exchanged. */
export async function personAltinnToken(url: string, pid: string, scopes = ENDUSER_SCOPES): Promise<string> {
  const response = await exchangePersonToken(url, await personAccessToken(url, pid, scopes));
  if (response.status !== 200) throw new Error(`exchange: ${response.status}`);
  return response.text();
}

/** Calls the supplier-delegation API for `orgNumber` as the person whose Altinn token `bearer` is. */
export async function enduserApi(url: string, orgNumber: string, bearer: string) {
  const party = await partyUuidOf(url, orgNumber, bearer);
  return (method: string, path: string, query: Record<string, string> = {}, token = bearer) =>
    fetch(`${url}/test/platform/accessmanagement/api/v1/enduser/${path}?${new URLSearchParams({ party, ...query })}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
    });
}

/** A test person who holds Maskinporten administrator for the organisation (read and write on its delegations). */
export const ADMINISTRATOR_PID = "21818297804";

/** The API for `orgNumber`, called as a person who holds Maskinporten administrator for it. */
export async function adminApi(url: string, orgNumber: string) {
  await setRights(url, ADMINISTRATOR_PID, orgNumber, [MASKINPORTEN_ADMINISTRATOR]);
  return enduserApi(url, orgNumber, await personAltinnToken(url, ADMINISTRATOR_PID));
}
