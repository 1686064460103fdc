import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { changeConsentStatus, type ConsentTransition } from "../consent/consent-lifecycle";
import { getConsentRequest, insertConsentRequest } from "../consent/consent-store";
import { DIGDIR_ORG_NUMBER as DIGDIR } from "../orgs/org-register";
import { BANK } from "../test-support/consent-request-fixture";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { registerTestClient, type TestMaskinportenClient } from "../test-support/maskinporten-client";
import { REALDATA } from "../test-support/real-consent-policy";

const PERSON = "urn:altinn:person:identifier-no:21818297804";
const SCOPE = "altinn:authentication/exchange";

const emulator = emulatorPerFile();
let bank: TestMaskinportenClient;

beforeEach(async () => {
  bank = await registerTestClient(emulator.url, { orgNumber: BANK, scopes: [SCOPE] });
});

/** A consent request put straight into the consent store (same process): these tests are about the token only. */
function storedConsent(
  transitions: ConsentTransition[],
  overrides: { validTo?: number; handledBy?: string } = {},
): string {
  const id = randomUUID();
  insertConsentRequest("test", {
    id,
    from: PERSON,
    requiredDelegator: null,
    to: `urn:altinn:organization:identifier-no:${BANK}`,
    handledBy: overrides.handledBy ?? null,
    validTo: overrides.validTo ?? Date.now() + 86_400_000,
    consentRights: [
      {
        action: ["consent"],
        resource: [{ type: "urn:altinn:resource", value: "stami-samtykke-must", version: "1" }],
        metadata: [["inntektsaar", "2024"]],
      },
    ],
    requestMessage: null,
    redirectUrl: "https://bank.example/done",
    portalViewMode: "Hide",
    templateId: "default",
    templateVersion: null,
    status: "Created",
    consented: null,
    createdAt: Date.now(),
    events: [],
  });
  for (const transition of transitions) expect(changeConsentStatus("test", id, transition, PERSON).ok).toBe(true);
  return id;
}

function details(id: string, from = PERSON) {
  return { claims: { authorization_details: [{ type: "urn:altinn:consent", id, from }] } };
}

async function refusal(
  client: TestMaskinportenClient,
  id: string,
  from = PERSON,
  claims: Record<string, unknown> = {},
) {
  const response = await client.tokenResponse(
    await client.assertion(SCOPE, { claims: { ...details(id, from).claims, ...claims } }),
  );
  expect(response.status).toBe(400);
  return (await response.json()) as { error: string; error_description: string };
}

/** The key paths of a JSON value, so two payloads can be compared by shape. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, shape(entry)]));
  return typeof value;
}

describe("consent tokens", () => {
  it("carries authorization_details shaped exactly like Altinn's Smartbank example, and records no event", async () => {
    const id = storedConsent(["accept"]);
    const token = await bank.accessToken(SCOPE, details(id));
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(`${bank.issuer}jwk`)));
    const real = JSON.parse(readFileSync(path.join(REALDATA, "consent_token_payload.smartbank.json"), "utf8")) as {
      authorization_details: unknown[];
    };
    expect(shape(payload.authorization_details)).toEqual(shape(real.authorization_details));
    const [entry] = payload.authorization_details as Record<string, unknown>[];
    expect(entry).toEqual({
      type: "urn:altinn:consent",
      id,
      from: PERSON,
      to: { authority: "iso6523-actorid-upis", ID: `0192:${BANK}` },
      consented: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/),
      validTo: expect.stringMatching(/\+00:00$/),
      consentRights: [
        {
          action: ["consent"],
          resource: [{ type: "urn:altinn:resource", value: "stami-samtykke-must" }],
          metadata: { inntektsaar: "2024" },
        },
      ],
    });
    expect(payload.supplier).toBeUndefined();
    expect(payload.delegation_source).toBeUndefined();
    // Altinn's lookup only reads: no `used` event (ConsentService.GetConsent).
    expect(getConsentRequest("test", id)?.events.map((event) => event.eventType)).toEqual(["Accepted"]);
  });

  it("gives a supplier acting with consumer_org a token with supplier and delegation_source, like Altinn's example", async () => {
    const id = storedConsent(["accept"]);
    const delegated = await fetch(`${emulator.url}/_emulator/delegations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ env: "test", consumerOrg: BANK, supplierOrg: DIGDIR, scopes: [SCOPE] }),
    });
    expect(delegated.ok).toBe(true);
    const supplier = await registerTestClient(emulator.url, { orgNumber: DIGDIR, scopes: [SCOPE] });
    const payload = decodeJwt(
      await supplier.accessToken(SCOPE, { claims: { ...details(id).claims, consumer_org: BANK } }),
    );
    const real = JSON.parse(readFileSync(path.join(REALDATA, "consent_token_payload.supplier.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(payload).toMatchObject({
      consumer: { authority: "iso6523-actorid-upis", ID: `0192:${BANK}` },
      supplier: { authority: "iso6523-actorid-upis", ID: `0192:${DIGDIR}` },
      delegation_source: real.delegation_source,
    });
    expect((payload.authorization_details as { to: unknown }[])[0]?.to).toEqual({
      authority: "iso6523-actorid-upis",
      ID: `0192:${BANK}`,
    });
    // The supplier's own organisation is not the consent's `to`.
    const own = await refusal(supplier, id);
    expect(own.error_description).toContain("AM-00001 Consent not found");
  });

  it.each([
    ["not yet accepted", [] as ConsentTransition[], {}, "AM-00014 Consent is not accepted"],
    ["rejected", ["reject"] as ConsentTransition[], {}, "AM-00014 Consent is not accepted"],
    ["revoked", ["accept", "revoke"] as ConsentTransition[], {}, "AM-00011 Consent is revoked"],
    ["deleted", ["accept", "delete"] as ConsentTransition[], {}, "AM-00014 Consent is not accepted"],
  ])("refuses a consent that is %s with Altinn's problem", async (_case, transitions, overrides, expected) => {
    const error = await refusal(bank, storedConsent(transitions, overrides));
    expect(error.error).toBe("invalid_authorization_details");
    expect(error.error_description).toContain(expected);
  });

  it("refuses an expired consent, and names every problem when there are several (STD-00001)", async () => {
    const expired = storedConsent(["accept"], { validTo: Date.now() - 1000 });
    expect((await refusal(bank, expired)).error_description).toContain("AM-00013 Consent is expired");
    const twice = storedConsent([], { validTo: Date.now() - 1000 });
    const error = await refusal(bank, twice, "urn:altinn:person:identifier-no:25922947409");
    expect(error.error_description).toContain("AM-00012 The consented party does not match the party requested");
    expect(error.error_description).toContain("AM-00013 Consent is expired");
    expect(error.error_description).toContain("AM-00014 Consent is not accepted");
  });
});
