import { randomUUID } from "node:crypto";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { decideConsentRequest, saveConsentRequest } from "../consent/consent-store";
import { registerTestClient, type TestMaskinportenClient } from "../test-support/maskinporten-client";

const BANK = "313876144";
const PERSON = "urn:altinn:person:identifier-no:21818297804";
const SCOPE = "altinn:authentication/exchange";

const emulator = emulatorPerFile();
let bank: TestMaskinportenClient;

beforeEach(async () => {
  bank = await registerTestClient(emulator.url, { orgNumber: BANK, scopes: [SCOPE] });
});

// The consent request is put straight into the consent store (same process), so this test is about the token only.
function consentRequest(status: "approve" | "leave"): string {
  const id = randomUUID();
  saveConsentRequest("test", {
    id,
    from: PERSON,
    to: `urn:altinn:organization:identifier-no:${BANK}`,
    validTo: new Date(Date.now() + 86_400_000).toISOString(),
    consentRights: [{ action: ["consent"], resource: [{ type: "urn:altinn:resource", value: "stami-samtykke-must" }], metadata: { inntektsaar: "2024" } }],
    redirectUrl: "https://bank.example/done",
    status: "created",
    createdAt: new Date().toISOString(),
  });
  if (status === "approve") decideConsentRequest("test", id, "approve");
  return id;
}

describe("consent tokens", () => {
  it("carries the enriched authorization_details of an accepted consent", async () => {
    const id = consentRequest("approve");
    const token = await bank.accessToken(SCOPE, { claims: { authorization_details: [{ type: "urn:altinn:consent", id, from: PERSON }] } });
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(`${bank.issuer}jwk`)));
    expect(payload.authorization_details).toEqual([
      expect.objectContaining({
        type: "urn:altinn:consent",
        id,
        from: PERSON,
        to: { authority: "iso6523-actorid-upis", ID: `0192:${BANK}` },
        consentRights: [expect.objectContaining({ metadata: { inntektsaar: "2024" } })],
      }),
    ]);
  });

  it("refuses a consent that has not been accepted, naming the reason", async () => {
    const id = consentRequest("leave");
    const details = [{ type: "urn:altinn:consent", id, from: PERSON }];
    const response = await bank.tokenResponse(await bank.assertion(SCOPE, { claims: { authorization_details: details } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_authorization_details", error_description: expect.stringMatching(/not accepted/) });
  });
});
