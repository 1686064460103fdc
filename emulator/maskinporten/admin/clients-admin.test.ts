import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { emulatorPerFile, operatorAdminApi } from "../../test-support/emulator-per-file";
import { newClientKey, registerTestClient, TestMaskinportenClient } from "../../test-support/maskinporten-client";
import { OPERATOR_SCOPES } from "../builtin-data";

const BANK = "313876144";
const OPEN_SCOPE = "altinn:authentication/exchange";

const emulator = emulatorPerFile();
const admin = operatorAdminApi(emulator, BANK, "idporten:dcr.read idporten:dcr.modify idporten:dcr.write");

const clientBody = (extra: Record<string, unknown> = {}) => ({
  integration_type: "maskinporten",
  client_name: "Testbanken samtykke",
  description: "Henter samtykketokener",
  scopes: [OPEN_SCOPE],
  token_endpoint_auth_method: "private_key_jwt",
  grant_types: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
  ...extra,
});

describe("Maskinporten admin API: clients", () => {
  it("creates a client for the acting org whose key then works at the token endpoint", async () => {
    const key = await newClientKey();
    const created = await admin("POST", "/clients", clientBody({ jwks: { keys: [key.publicJwk] } }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ client_orgno: BANK, scopes: [OPEN_SCOPE], integration_type: "maskinporten" });
    const clientId = String(created.body.client_id);
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);

    const client = new TestMaskinportenClient(emulator.url, "test", clientId, key);
    await expect(client.accessToken(OPEN_SCOPE)).resolves.toBeTruthy();
    expect((await admin("GET", "/clients")).body).toEqual([expect.objectContaining({ client_id: clientId })]);
    expect((await admin("GET", `/clients/${clientId}/jwks`)).body).toEqual({
      keys: [expect.objectContaining({ kid: key.kid })],
    });
  });

  it("refuses scopes the acting org may not use", async () => {
    const response = await admin("POST", "/clients", clientBody({ scopes: ["altinn:consentrequests.read"] }));
    expect(response.status).toBe(400);
    expect(response.body.error_description).toMatch(/altinn:consentrequests\.read/);
  });

  it("hides other orgs' clients", async () => {
    const other = await registerTestClient(emulator.url, { orgNumber: "310149942", scopes: [OPEN_SCOPE] });
    expect((await admin("GET", `/clients/${other.clientId}`)).status).toBe(404);
    expect((await admin("DELETE", `/clients/${other.clientId}`)).status).toBe(404);
  });

  it("updates and deletes a client", async () => {
    const clientId = String((await admin("POST", "/clients", clientBody())).body.client_id);
    expect((await admin("PUT", `/clients/${clientId}`, { client_name: "Nytt navn" })).body).toMatchObject({
      client_name: "Nytt navn",
    });
    expect((await admin("DELETE", `/clients/${clientId}`)).status).toBe(204);
    expect((await admin("GET", `/clients/${clientId}`)).status).toBe(404);
  });

  it("replaces the key set, with at most 5 keys", async () => {
    const clientId = String((await admin("POST", "/clients", clientBody())).body.client_id);
    const keys = await Promise.all(Array.from({ length: 6 }, () => newClientKey()));
    const tooMany = await admin("POST", `/clients/${clientId}/jwks`, { keys: keys.map((key) => key.publicJwk) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error_description).toMatch(/At most 5/);
    const five = await admin("PUT", `/clients/${clientId}/jwks`, {
      keys: keys.slice(0, 5).map((key) => key.publicJwk),
    });
    expect(five.status).toBe(200);
    const one = await admin("POST", `/clients/${clientId}/jwks`, { keys: [keys[5]?.publicJwk] });
    expect((one.body.keys as unknown[]).length).toBe(1);
  });

  it("refuses a 1024-bit key", async () => {
    const clientId = String((await admin("POST", "/clients", clientBody())).body.client_id);
    // jose refuses to generate keys under 2048 bits, so node:crypto makes the weak one.
    const weak = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ format: "jwk" });
    const response = await admin("POST", `/clients/${clientId}/jwks`, {
      keys: [{ ...weak, kid: "weak", alg: "RS256", use: "sig" }],
    });
    expect(response.status).toBe(400);
    expect(response.body.error_description).toMatch(/2048 bits, got 1024/);
  });

  it("refuses a kid another client already uses", async () => {
    const other = await registerTestClient(emulator.url, { orgNumber: "310149942", scopes: [OPEN_SCOPE] });
    const clientId = String((await admin("POST", "/clients", clientBody())).body.client_id);
    const sameKid = await newClientKey(other.key.kid);
    const response = await admin("PUT", `/clients/${clientId}/jwks`, { keys: [sameKid.publicJwk] });
    expect(response.status).toBe(409);
    expect(response.body.error_description).toMatch(/kid/);
  });

  it("checks the dcr scopes", async () => {
    const operator = await registerTestClient(emulator.url, { orgNumber: "991825827", scopes: [...OPERATOR_SCOPES] });
    const readOnly = await operator.accessToken("idporten:dcr.read", { claims: { consumer_org: BANK } });
    expect((await admin("GET", "/clients", undefined, readOnly)).status).toBe(200);
    expect((await admin("POST", "/clients", clientBody(), readOnly)).status).toBe(403);
  });
});
