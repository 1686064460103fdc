import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { altinnHeaders } from "../emulator/test-support/altinn-token";
import { registerTestClient } from "../emulator/test-support/maskinporten-client";
import { validDefinition } from "../lib/consent-resources/test-fixtures";
import { CONSENT_TOKEN_CHECK_IDS } from "../lib/consent-tokens/consent-token-report";
import { tamper } from "../lib/consent-tokens/test-support/signed-consent-token";
import { createUser, serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { addFaultRules, emulatorControl, emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { publishUpstream } from "./support/published-service";

const SKD = "974761076";
const BANK = "313876144";
const PERSON = "urn:altinn:person:identifier-no:21818297804";
const CONSENT_WRITE = "altinn:consentrequests.write";

async function checkToken(page: import("@playwright/test").Page, token: string, resource: string) {
  await page.getByLabel("Consent token").fill(token);
  await page.getByLabel("Consent resource").selectOption(resource);
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByRole("heading", { name: "Result" })).toBeVisible();
}

test("a service owner validates a real consent token, and a tampered token and a wrong resource are named", async ({
  page,
  db,
  loginAs,
}) => {
  const suffix = uniqueSuffix();
  const scope = `skd:validator.e2e${suffix}`;
  const resourceId = `skd-validator-${suffix}`;
  const otherId = `skd-validator-other-${suffix}`;
  const { user, organisation } = await serviceOwnerMember(db, { role: "VIEWER" });
  for (const identifier of [resourceId, otherId]) {
    await db.consentResource.create({
      data: {
        organisationId: organisation.id,
        identifier,
        versions: { create: { version: 1, content: { ...validDefinition, identifier, scopeReferences: [scope] } } },
      },
    });
  }
  await publishUpstream(scope, resourceId);

  // The consumer (Testbanken) gets the consent API scope and the owner's scope, asks for consent, and the person approves.
  for (const granted of [CONSENT_WRITE, scope]) {
    await emulatorControl("/scope-access", "POST", { env: "test", scope: granted, consumer_orgno: BANK });
  }
  const bank = await registerTestClient(E2E_EMULATOR_URL, { orgNumber: BANK, scopes: [CONSENT_WRITE, scope] });
  const consentId = randomUUID();
  const request = await fetch(`${E2E_EMULATOR_URL}/test/platform/accessmanagement/api/v1/enterprise/consentrequests`, {
    method: "POST",
    headers: altinnHeaders(await bank.accessToken(CONSENT_WRITE)),
    body: JSON.stringify({
      id: consentId,
      from: PERSON,
      to: `urn:altinn:organization:identifier-no:${BANK}`,
      validTo: new Date(Date.now() + 86_400_000).toISOString(),
      consentRights: [
        {
          action: ["consent"],
          resource: [{ type: "urn:altinn:resource", value: resourceId }],
          metadata: { inntektsaar: "2024" },
        },
      ],
      redirectUrl: `${E2E_EMULATOR_URL}/_emulator/health`,
    }),
  });
  expect(request.status).toBe(201);
  const { viewUri } = (await request.json()) as { viewUri: string };
  await page.goto(viewUri);
  // Altinn asks the person to log in first (the emulator's test login).
  await page.getByRole("button", { name: `Log in as Kari Nordmann (${PERSON.split(":").at(-1)})` }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  // Altinn sends the browser back with Status=OK (emulator/consent/consent-redirect.ts follows Altinn's frontend).
  await page.waitForURL(/Status=OK/);
  const consentToken = await bank.accessToken(scope, {
    claims: { authorization_details: [{ type: "urn:altinn:consent", id: consentId, from: PERSON }] },
  });

  await loginAs(user);
  await page.goto(`/orgs/${SKD}/validator`);
  await expect(page.getByRole("heading", { level: 1, name: "Consent token validator" })).toBeVisible();

  // A malformed token is named beside the field, before anything is sent.
  await page.getByLabel("Consent token").fill("not-a-token");
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.locator("#token-error")).toHaveText(/three parts separated by dots/);

  // The genuine token passes every check, with the expected metadata value and, as this owner chooses, its own scope.
  await page.getByRole("radio", { name: "Test" }).check();
  await page.getByLabel("Consent resource").selectOption(resourceId);
  await page.getByLabel("inntektsaar (required)").fill("2024");
  await expect(page.getByLabel("Require one of the resource's scopes in the token")).not.toBeChecked();
  await page.getByLabel("Require one of the resource's scopes in the token").check();
  await checkToken(page, consentToken, resourceId);
  await expect(page.getByRole("status").filter({ hasText: `The token is valid for ${resourceId}` })).toBeVisible();
  for (const id of CONSENT_TOKEN_CHECK_IDS)
    await expect(page.getByTestId(`check-${id}`)).toHaveAttribute("data-status", "pass");
  await expect(page.getByTestId("decoded-claims")).toContainText(consentId);
  await expect(page.getByTestId("token-holder")).toHaveText(`Issued to the consumer 0192:${BANK}.`);
  const example = page.getByTestId("validator-example");
  await expect(example).toContainText(`const ISSUER = "${E2E_EMULATOR_URL}/test/maskinporten/";`);
  await expect(example).toContainText(`const RESOURCE_ID = "${resourceId}";`);
  await expect(example).toContainText(`new URL("${E2E_EMULATOR_URL}/test/maskinporten/jwk")`);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // A new error never sits above an old result: the report goes once the form no longer holds what was checked.
  await page.getByLabel("Consent token").fill("not-a-token");
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.locator("#token-error")).toHaveText(/three parts separated by dots/);
  await expect(page.getByTestId("decoded-claims")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "The token is valid" })).toHaveCount(0);

  // A token with only the consumer's consent-API scope, as real consent tokens (and the kit's "Try it in test") have:
  // valid by default, since which scope is required is the owner's choice; refused once the owner requires its own.
  const consentApiToken = await bank.accessToken(CONSENT_WRITE, {
    claims: { authorization_details: [{ type: "urn:altinn:consent", id: consentId, from: PERSON }] },
  });
  await page.getByLabel("Require one of the resource's scopes in the token").uncheck();
  await checkToken(page, consentApiToken, resourceId);
  await expect(page.getByRole("status").filter({ hasText: `The token is valid for ${resourceId}` })).toBeVisible();
  await expect(page.getByTestId("check-scope")).toHaveAttribute("data-status", "notChecked");
  await expect(page.getByTestId("check-scope")).toContainText(CONSENT_WRITE);
  await page.getByLabel("Require one of the resource's scopes in the token").check();
  await checkToken(page, consentApiToken, resourceId);
  await expect(page.getByRole("alert").filter({ hasText: "1 check failed" })).toBeVisible();
  await expect(page.getByTestId("check-scope")).toHaveAttribute("data-status", "fail");

  // A changed claim breaks the signature: named, and no claim of that token is trusted.
  await checkToken(
    page,
    tamper(consentToken, (claims) => void (claims.scope = `${scope} skd:alt`)),
    resourceId,
  );
  await expect(page.getByRole("alert").filter({ hasText: "1 check failed" })).toBeVisible();
  await expect(page.getByTestId("check-signature")).toHaveAttribute("data-status", "fail");
  await expect(page.getByTestId("check-signature")).toContainText("The signature does not match");
  await expect(page.getByTestId("check-issuer")).toHaveAttribute("data-status", "notChecked");
  await expect(page.getByTestId("check-issuer")).toContainText(
    "Not checked because an earlier check failed: Signature.",
  );

  // The genuine token against another resource: the resource check fails, naming both.
  await checkToken(page, consentToken, otherId);
  const resourceCheck = page.getByTestId("check-resource");
  await expect(resourceCheck).toHaveAttribute("data-status", "fail");
  await expect(resourceCheck).toContainText(otherId);
  await expect(resourceCheck).toContainText(resourceId);
  await expect(page.getByTestId("check-scope")).toHaveAttribute("data-status", "pass");
  await expect(page.getByTestId("check-metadataKeys")).toHaveAttribute("data-status", "notChecked");

  // Production's Maskinporten keys cannot be read: a clear upstream message and no verdict, not a crash.
  // (The token's kid is not among production's keys, so even a cached key set is fetched again.)
  await addFaultRules([{ path: "^/prod/maskinporten/jwk$", status5xxRate: 1, remaining: 1 }]);
  await page.getByRole("radio", { name: "Production" }).check();
  await checkToken(page, consentToken, resourceId);
  await expect(
    page.getByRole("alert").filter({ hasText: "Maskinporten's signing keys could not be read" }),
  ).toContainText(`${E2E_EMULATOR_URL}/prod/maskinporten/jwk: it answered with an error`);
  await expect(page.getByTestId("check-signature")).toHaveCount(0);

  // The emulator really holds the scope, the resource and the accepted consent the token came from.
  const state = (await emulatorState()) as Awaited<ReturnType<typeof emulatorState>> & {
    "consent.requests": { test: { id: string; status: string }[] };
    "resourceRegistry.resources": { test: Record<string, unknown> };
  };
  expect(state.maskinporten.test.scopes.map((s) => s.name)).toContain(scope);
  expect(Object.keys(state["resourceRegistry.resources"].test)).toContain(resourceId);
  // Altinn's OpenAPI spells statuses capitalised, the code's enum in lower case: compared ignoring case.
  expect(state["consent.requests"].test.find((r) => r.id === consentId)?.status).toMatch(/^accepted$/i);
  expect(state.requests.some((r) => r.path === "/test/maskinporten/token" && r.status === 200)).toBe(true);
  expect(state.requests.some((r) => r.path === "/prod/maskinporten/jwk" && (r.status ?? 0) >= 500)).toBe(true);
});

test("a non-member of the organisation cannot use its validator (404, as for the page)", async ({
  db,
  loginAs,
  context,
}) => {
  const outsider = await createUser(db);
  await loginAs(outsider);
  const response = await context.request.post(`/orgs/${SKD}/validator/check`, {
    data: { environment: "test", resourceIdentifier: "skd-inntekt-samtykke", token: "a.b.c", expectedMetadata: {} },
  });
  expect(response.status()).toBe(404);
  expect((await context.request.get(`/orgs/${SKD}/validator`)).status()).toBe(404);
});
