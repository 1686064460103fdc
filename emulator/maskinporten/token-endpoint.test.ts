import { createRemoteJWKSet, jwtVerify } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { DIGDIR_ORG_NUMBER as DIGDIR } from "../orgs/org-register";
import { BANK } from "../test-support/consent-request-fixture";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { newClientKey, registerTestClient, type TestMaskinportenClient } from "../test-support/maskinporten-client";
import { OPERATOR_SCOPES } from "./builtin-data";

const OPEN_SCOPE = "altinn:authentication/exchange";

const emulator = emulatorPerFile();
let bank: TestMaskinportenClient;

beforeEach(async () => {
  bank = await registerTestClient(emulator.url, {
    orgNumber: BANK,
    scopes: [OPEN_SCOPE, "altinn:consentrequests.read"],
  });
});

async function refusal(client: TestMaskinportenClient, assertion: string) {
  const response = await client.tokenResponse(assertion);
  expect(response.status).toBe(400);
  return (await response.json()) as { error: string; error_description: string };
}

describe("Maskinporten token endpoint", () => {
  it("issues a signed token with consumer, client and lifetime claims", async () => {
    const response = await bank.tokenResponse(await bank.assertion(OPEN_SCOPE));
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 120, scope: OPEN_SCOPE });
    const metadata = (await (await fetch(`${bank.issuer}.well-known/oauth-authorization-server`)).json()) as Record<
      string,
      string
    >;
    expect(metadata.issuer).toBe(bank.issuer);
    const jwks = createRemoteJWKSet(new URL(metadata.jwks_uri ?? ""));
    const { payload } = await jwtVerify(String(body.access_token), jwks, {
      issuer: bank.issuer,
      audience: "unspecified",
    });
    expect(payload).toMatchObject({
      client_id: bank.clientId,
      client_amr: "private_key_jwt",
      token_type: "Bearer",
      scope: OPEN_SCOPE,
      consumer: { authority: "iso6523-actorid-upis", ID: `0192:${BANK}` },
    });
    expect(payload.supplier).toBeUndefined();
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(120);
  });

  it("uses the resource claim as the token's audience", async () => {
    const token = await bank.accessToken(OPEN_SCOPE, { claims: { resource: "https://api.example.no" } });
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(`${bank.issuer}jwk`)));
    expect(payload.aud).toBe("https://api.example.no");
  });

  it("refuses an aud other than the exact issuer", async () => {
    const error = await refusal(
      bank,
      await bank.assertion(OPEN_SCOPE, { claims: { aud: bank.issuer.replace(/\/$/, "") } }),
    );
    expect(error.error).toBe("invalid_grant");
    expect(error.error_description).toMatch(/aud/);
  });

  it("refuses an assertion living longer than 120 s", async () => {
    const now = Math.floor(Date.now() / 1000);
    const error = await refusal(bank, await bank.assertion(OPEN_SCOPE, { claims: { iat: now, exp: now + 121 } }));
    expect(error).toMatchObject({ error: "invalid_grant", error_description: expect.stringMatching(/exp - iat/) });
  });

  it("refuses an iat more than 10 s off", async () => {
    const now = Math.floor(Date.now() / 1000);
    const error = await refusal(bank, await bank.assertion(OPEN_SCOPE, { claims: { iat: now - 30, exp: now + 30 } }));
    expect(error).toMatchObject({ error: "invalid_grant", error_description: expect.stringMatching(/iat/) });
  });

  it("refuses a replayed jti", async () => {
    const assertion = await bank.assertion(OPEN_SCOPE);
    expect((await bank.tokenResponse(assertion)).status).toBe(200);
    const error = await refusal(bank, assertion);
    expect(error).toMatchObject({
      error: "invalid_grant",
      error_description: expect.stringMatching(/jti .* already been used/),
    });
  });

  it("refuses an unknown kid and an unknown client", async () => {
    const unknownKid = await refusal(bank, await bank.assertion(OPEN_SCOPE, { kid: "not-registered" }));
    expect(unknownKid).toMatchObject({
      error: "invalid_client",
      error_description: expect.stringMatching(/kid not-registered/),
    });
    const unknownClient = await refusal(bank, await bank.assertion(OPEN_SCOPE, { claims: { iss: "nobody" } }));
    expect(unknownClient).toMatchObject({
      error: "invalid_client",
      error_description: expect.stringMatching(/nobody/),
    });
  });

  it("refuses a signature by another key under a registered kid", async () => {
    const other = await newClientKey();
    const error = await refusal(bank, await bank.assertion(OPEN_SCOPE, { signWith: other.privateKey }));
    expect(error).toMatchObject({ error: "invalid_grant", error_description: expect.stringMatching(/signature/) });
  });

  it("keeps environments apart: a test client is unknown in prod", async () => {
    const prodIssuer = `${emulator.url}/prod/maskinporten/`;
    const assertion = await bank.assertion(OPEN_SCOPE, { claims: { aud: prodIssuer } });
    const response = await fetch(`${prodIssuer}token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }),
    });
    expect(((await response.json()) as { error: string }).error).toBe("invalid_client");
  });

  it("refuses a scope not registered on the client", async () => {
    const error = await refusal(bank, await bank.assertion("idporten:dcr.read"));
    expect(error).toMatchObject({
      error: "invalid_scope",
      error_description: expect.stringMatching(/idporten:dcr\.read/),
    });
  });

  it("refuses a restricted scope until its owner grants the org access", async () => {
    const error = await refusal(bank, await bank.assertion("altinn:consentrequests.read"));
    expect(error).toMatchObject({
      error: "invalid_scope",
      error_description: expect.stringMatching(/313876144 has no access/),
    });

    const operator = await registerTestClient(emulator.url, { orgNumber: DIGDIR, scopes: [...OPERATOR_SCOPES] });
    const adminToken = await operator.accessToken("idporten:scopes.write");
    const grant = await fetch(
      `${emulator.url}/test/maskinporten-admin/api/v1/scopes/access/${BANK}?scope=altinn:consentrequests.read`,
      {
        method: "PUT",
        headers: { authorization: `Bearer ${adminToken}` },
      },
    );
    expect(grant.status).toBe(201);
    await expect(bank.accessToken("altinn:consentrequests.read")).resolves.toBeTruthy();
  });

  it("lets a supplier act for a consumer only with the consumer's delegation", async () => {
    const operator = await registerTestClient(emulator.url, { orgNumber: DIGDIR, scopes: [...OPERATOR_SCOPES] });
    const missing = await refusal(
      operator,
      await operator.assertion("idporten:dcr.read", { claims: { consumer_org: "310149942" } }),
    );
    expect(missing.error).toBe("invalid_scope");
    expect(missing.error_description).toMatch(/idporten:dcr\.read/);
    expect(missing.error_description).toMatch(/310149942/);
    expect(missing.error_description).toMatch(/991825827/);

    // Built in: Testbanken delegates the client-registration scopes to the operator.
    const token = await operator.accessToken("idporten:dcr.read", { claims: { consumer_org: BANK } });
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(`${operator.issuer}jwk`)));
    expect(payload.consumer).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${BANK}` });
    expect(payload.supplier).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${DIGDIR}` });
    // As in Altinn's supplier consent-token example: scopes delegated in Altinn's test environment.
    expect(payload.delegation_source).toBe("https://tt02.altinn.no/");
  });

  it("refuses authorization_details naming an unknown consent", async () => {
    const details = [
      {
        type: "urn:altinn:consent",
        id: "0b9d0c6e-0000-4000-8000-000000000000",
        from: "urn:altinn:person:identifier-no:21818297804",
      },
    ];
    const error = await refusal(bank, await bank.assertion(OPEN_SCOPE, { claims: { authorization_details: details } }));
    expect(error).toMatchObject({
      error: "invalid_authorization_details",
      error_description: expect.stringMatching(/not found/),
    });
  });
});
