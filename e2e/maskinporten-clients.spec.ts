import { generateKeyPairSync } from "node:crypto";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page, Request } from "@playwright/test";
import { createOrganisation, uniqueSuffix } from "../test/factories";
import { DCR_SCOPES, delegateToPortal, grantScopeAccess } from "./support/consumer-setup";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { card, emulatorClients, expectSynced, openCreateClient } from "./support/maskinporten-clients";

// A consumer's Maskinporten clients in test. Each test makes its own organisation (a random org number), so the
// emulator's clients are found by that number.

/** Everything the browser sends to a server action, to prove what never leaves it. */
function recordActionBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on("request", (request: Request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) bodies.push(request.postData() ?? "");
  });
  return bodies;
}

test("a consumer admin creates a client with a browser-made key, rotates the key and deletes the client", async ({
  page,
  member,
}) => {
  const { organisation } = await member("ADMIN", { person: "Kari Klient", organisation: "Klientbanken AS" });
  await delegateToPortal(organisation.orgNumber, DCR_SCOPES);
  // Digdir has granted one consent API scope, so a client may carry it.
  await grantScopeAccess(organisation.orgNumber, ["altinn:consentrequests.read"]);
  const name = `Bankintegrasjon ${uniqueSuffix()}`;
  const bodies = recordActionBodies(page);
  await page.goto(`/orgs/${organisation.orgNumber}`);
  await page.getByRole("link", { name: "Maskinporten clients" }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${organisation.orgNumber}/clients/test$`));
  await expect(page.getByRole("heading", { name: "Maskinporten clients", level: 1 })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // Bad input: a private key pasted as the public one is refused beside the field, and nothing is sent.
  await openCreateClient(page);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Use an existing public key").check();
  await page
    .getByLabel("Public key (JWK)")
    .fill(JSON.stringify({ kty: "RSA", kid: "x", n: "AQAB", e: "AQAB", d: "secret" }));
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.locator("#create-client-key-jwk-error")).toContainText("This is a private key");
  expect(bodies).toEqual([]);

  await page.getByLabel("Make a new key pair in this browser").check();
  // The scope Digdir has not granted yet is shown but cannot be picked, with the reason and the way to ask for it.
  await expect(page.getByLabel("altinn:consentrequests.write")).toBeDisabled();
  await expect(page.getByTestId("scope-not-granted")).toHaveCount(1);
  await expect(page.getByTestId("scope-not-granted")).toContainText("Digdir has not granted your organisation");
  await expect(page.getByRole("link", { name: "Ask Digdir for the consent API scopes." })).toHaveAttribute(
    "href",
    "#consent-scopes-heading",
  );
  await page.getByLabel("altinn:consentrequests.read").check();
  await page.getByRole("button", { name: "Create client" }).click();
  const downloads = page.getByTestId("private-key-downloads");
  await expect(downloads).toContainText("never sent anywhere");

  // The request that carried the new client: a public JWK, and no private key material at all.
  expect(bodies).toHaveLength(1);
  const body = bodies[0]!;
  expect(body).toContain('"kty":"RSA"');
  expect(body).not.toContain('"d":');
  expect(body).not.toContain("PRIVATE KEY");
  const firstKid = (JSON.parse(body) as [{ publicJwk: { kid: string } }])[0].publicJwk.kid;

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    downloads.getByRole("link", { name: "Download private key (PEM)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`maskinporten-${firstKid}.pem`);
  expect(await readFile((await download.path())!, "utf8")).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);

  await expectSynced(page, name);
  await expect(card(page, name).getByTestId("client-id")).not.toHaveText(/Not created/);
  let [upstream] = await emulatorClients(organisation.orgNumber);
  expect(upstream).toMatchObject({ client_name: name, scopes: ["altinn:consentrequests.read"] });
  expect(upstream!.jwks.map((k) => k.kid)).toEqual([firstKid]);
  expect(upstream!.jwks[0]).not.toHaveProperty("d");
  await expect(card(page, name).getByTestId("client-id")).toHaveText(upstream!.client_id);

  // Details change through the update job.
  await downloads.getByRole("button", { name: "I have saved it" }).click();
  await card(page, name).getByText("Change name, description or scopes").click();
  await card(page, name).getByLabel("Description (optional)").fill("Oppdatert beskrivelse");
  await card(page, name).getByRole("button", { name: "Save changes" }).click();
  await expect(card(page, name).getByTestId("client-sync")).toHaveAttribute("data-kind", "maskinporten.client.update");
  await expectSynced(page, name);
  [upstream] = await emulatorClients(organisation.orgNumber);
  expect(upstream).toMatchObject({
    description: expect.stringContaining("Oppdatert beskrivelse"),
    scopes: ["altinn:consentrequests.read"],
  });

  // Rotation: add a second key, then remove the first; Maskinporten's key set follows each step.
  await card(page, name).getByText("Add a key").click();
  await card(page, name).getByRole("button", { name: "Add key" }).click();
  await expect(card(page, name).getByTestId("private-key-downloads")).toBeVisible();
  await expect(card(page, name).getByTestId("client-key")).toHaveCount(2);
  await expectSynced(page, name);
  await expect.poll(async () => (await emulatorClients(organisation.orgNumber))[0]?.jwks.length).toBe(2);
  const secondKid = (await card(page, name).getByTestId("client-key").nth(1).getAttribute("data-kid"))!;
  expect(bodies.join("")).not.toContain("PRIVATE KEY");

  await card(page, name)
    .getByRole("button", { name: `Remove: key ${firstKid}` })
    .click();
  await expect(card(page, name).getByTestId("client-key")).toHaveCount(1);
  await expectSynced(page, name);
  await expect
    .poll(async () => (await emulatorClients(organisation.orgNumber))[0]?.jwks.map((k) => k.kid))
    .toEqual([secondKid]);

  await card(page, name)
    .getByRole("button", { name: `Delete: ${name}` })
    .click();
  await card(page, name).getByRole("button", { name: "Yes, delete" }).click();
  await expect(card(page, name)).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(async () => (await emulatorClients(organisation.orgNumber)).length).toBe(0);
  [upstream] = await emulatorClients(organisation.orgNumber);
  expect(upstream).toBeUndefined();
});

test("a viewer sees the clients but cannot change them; another organisation's clients stay hidden", async ({
  page,
  db,
  member,
}) => {
  const { organisation } = await member("VIEWER", { person: "Vera Viewer" });
  const stranger = await createOrganisation(db);
  const ownName = `Synlig ${uniqueSuffix()}`;
  const strangerName = `Hemmelig ${uniqueSuffix()}`;
  await db.maskinportenClient.create({
    data: { organisationId: organisation.id, environment: "TEST", name: ownName, scopes: [] },
  });
  await db.maskinportenClient.create({
    data: { organisationId: stranger.id, environment: "TEST", name: strangerName, scopes: [] },
  });
  await page.goto(`/orgs/${organisation.orgNumber}/clients/test`);
  await expect(card(page, ownName)).toBeVisible();
  await expect(page.getByText("Editors and administrators create and change them")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create client" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Request the consent API scopes" })).toHaveCount(0);
  await expect(page.getByText(strangerName)).toHaveCount(0);

  const response = await page.goto(`/orgs/${stranger.orgNumber}/clients/test`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(strangerName)).toHaveCount(0);
  // Nothing reached Maskinporten for either organisation.
  expect(await emulatorClients(organisation.orgNumber)).toEqual([]);
});

test("without the dcr delegation the client fails, naming the missing scope", async ({ page, member }) => {
  const { organisation } = await member("EDITOR", { person: "Ola Udelegert" });
  const name = `Udelegert ${uniqueSuffix()}`;
  await page.goto(`/orgs/${organisation.orgNumber}/clients/test`);
  await openCreateClient(page);
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create client" }).click();
  const sync = card(page, name).getByTestId("client-sync");
  await expect(sync).toHaveAttribute("data-status", "FAILED", { timeout: 30_000 });
  await expect(sync).toContainText(/Scope idporten:dcr\.\w+ has not been delegated/);
  await expect(sync).toContainText("see the delegation panel on the overview");
  await expect(sync.getByRole("button", { name: `Retry: ${name}` })).toBeVisible();
  // The refusal came from Maskinporten's token endpoint: the portal asked, for this organisation.
  expect((await emulatorState()).requests.some((r) => r.path === "/test/maskinporten/token" && r.status === 400)).toBe(
    true,
  );
  expect(await emulatorClients(organisation.orgNumber)).toEqual([]);
});

test("a public key pasted as PEM is converted to the JWK Maskinporten takes", async ({ page, member }) => {
  const { organisation } = await member("ADMIN", { person: "Per Pem" });
  await delegateToPortal(organisation.orgNumber, DCR_SCOPES);
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const jwk = publicKey.export({ format: "jwk" });
  const name = `PEM-klient ${uniqueSuffix()}`;
  await page.goto(`/orgs/${organisation.orgNumber}/clients/test`);
  await openCreateClient(page);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Use an existing public key").check();

  // A private key in PEM is refused in the browser, like a private JWK.
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  await page.getByLabel("Public key (JWK) or PEM").fill(privateKey.export({ type: "pkcs8", format: "pem" }).toString());
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.locator("#create-client-key-jwk-error")).toContainText("This is a private key");

  await page.getByLabel("Public key (JWK) or PEM").fill(pem);
  await page.getByRole("button", { name: "Create client" }).click();
  await expectSynced(page, name);
  const [upstream] = await emulatorClients(organisation.orgNumber);
  expect(upstream!.jwks).toEqual([
    expect.objectContaining({ kty: "RSA", n: jwk.n, e: jwk.e, alg: "RS256", use: "sig", kid: expect.any(String) }),
  ]);
});
