import type { Page } from "@playwright/test";
import { definitionFor } from "../lib/consent-resources/test-fixtures";
import { uniqueSuffix } from "../test/factories";
import { consentApiReady, openRequestBuilder } from "./support/consumer-setup";
import { expect, test } from "./support/fixtures";
import { openCreateClient } from "./support/maskinporten-clients";
import { draftAs, seedSkdResource, openResourceEditor } from "./support/owner-resources";
import { expectNoSidewaysScroll } from "./support/page-walk";
import { publishTestService } from "./support/published-service";
import { openNewScope } from "./support/scopes";

// Limits are told before sending (issue 16): every text of the resource editor shows its maximum, and an oversized
// paste gets a field message instead of a request that fails. (The access-list import's limit is in access-lists.spec.)
// The other forms show theirs too (scopes, access lists, documentation, clients, webhook, the kit's message), and long
// names and identifiers wrap instead of stretching a phone-wide page.

const SKD = "974761076";

test("limits are told before sending: 4 MB pasted into a description and an overlong identifier get field messages, and nothing is sent", async ({
  page,
  db,
  loginAs,
}) => {
  const { identifier } = await draftAs(db, loginAs, { role: "EDITOR", name: "Lotte Lengde", tag: "limit" });
  const actions: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actions.push(request.url());
  });
  await page.goto(`/orgs/${SKD}/resources/${identifier}`);
  await openResourceEditor(page);
  await expect(page.getByTestId("description-en-length")).toContainText("of at most 10,000 characters");
  await expect(page.getByTestId("identifier-length")).toContainText("of at most 255 characters");

  await page.locator("#description-en").evaluate(
    (element, text) => {
      const textarea = element as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, text);
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    },
    "x".repeat(4 * 1024 * 1024),
  );
  await expect(page.getByTestId("description-en-length")).toHaveText("4,194,304 of at most 10,000 characters");
  await page.locator("#identifier").fill("a".repeat(256));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#description-en-error")).toContainText("Use at most 10000 characters.");
  await expect(page.locator("#identifier-error")).toContainText("Use at most 255 characters.");
  expect(actions).toEqual([]);
});

/** Every `next-action` POST the page sends from now on: an oversized field must send none. */
function actionsSent(page: Page) {
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) sent.push(request.url());
  });
  return sent;
}

const maximum = (page: Page, id: string, max: string) =>
  expect(page.getByTestId(`${id}-length`)).toContainText(`of at most ${max} characters`);

test("every form's text fields show their maximum, and an overlong text gets a field message before anything is sent", async ({
  page,
  db,
  serviceOwner,
  member,
}) => {
  test.setTimeout(120_000);
  await serviceOwner("ADMIN", "Maks Maksimum");
  const sent = actionsSent(page);

  await page.goto(`/orgs/${SKD}/scopes?environment=test`);
  await openNewScope(page);
  await maximum(page, "scope-subscope", "200");
  await maximum(page, "create-scope-description", "500");
  await maximum(page, "create-scope-longDescription", "5,000");
  await page.locator("#scope-subscope").fill("lang.beskrivelse");
  await page.locator("#create-scope-description").fill("d".repeat(501));
  await expect(page.getByTestId("create-scope-description-length")).toHaveText("501 of at most 500 characters");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.locator("#create-scope-description-error")).toHaveText("Use at most 500 characters.");

  await page.goto(`/orgs/${SKD}/access-lists?environment=test`);
  await page.getByRole("button", { name: "New access list" }).click();
  await maximum(page, "list-identifier", "100");
  await maximum(page, "list-name", "200");
  await maximum(page, "list-description", "1,000");
  await page.locator("#list-identifier").fill(`lang-${uniqueSuffix()}`);
  await page.locator("#list-name").fill("n".repeat(201));
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.locator("#list-name-error")).toHaveText("Use at most 200 characters.");

  const identifier = `skd-e2e-maks-${uniqueSuffix()}`;
  await seedSkdResource(db, definitionFor({ identifier }), { publishToTest: false });
  await page.goto(`/orgs/${SKD}/resources/${identifier}/documentation`);
  for (const field of ["steps", "requiredAccess", "contact"]) await maximum(page, field, "20,000");
  await page.locator("#contact").fill("c".repeat(20_001));
  await page.getByRole("button", { name: "Save documentation" }).click();
  await expect(page.locator("#contact-error")).toHaveText("Use at most 20000 characters.");
  expect(sent).toEqual([]);

  // A consumer's forms: the client, the webhook and the integration kit's request message.
  const { identifier: service } = await publishTestService(db, uniqueSuffix());
  const { organisation } = await member("ADMIN", { person: "Kari Klient" });
  const org = organisation.orgNumber;
  await consentApiReady(org);
  await page.goto(`/orgs/${org}/clients/test`);
  await openCreateClient(page);
  await maximum(page, "client-name", "100");
  await maximum(page, "client-description", "300");
  await page.locator("#client-name").fill("k".repeat(101));
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.locator("#client-name-error")).toHaveText("Use at most 100 characters.");

  await page.goto(`/orgs/${org}/consents`);
  await page.getByRole("button", { name: "Set an address" }).click();
  await maximum(page, "webhook-url-input", "2,000");
  await page.getByLabel("Address (https)").fill(`https://example.com/${"w".repeat(2000)}`);
  await page.getByRole("button", { name: "Save and make a new secret" }).click();
  await expect(page.locator("#webhook-url-input-error")).toHaveText("Use at most 2000 characters.");

  await page.goto(`/orgs/${org}/integration?resource=${service}`);
  await openRequestBuilder(page);
  await maximum(page, "requestMessage", "1,000");
  expect(sent).toEqual([]);
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("a 255-character resource identifier and a 200-character organisation name stretch no page", async ({
    page,
    db,
    member,
  }) => {
    const name = `Lang ${"Organisasjonsnavn".repeat(12)}`.slice(0, 200);
    const { user } = await member("ADMIN", { person: "Lena Lang", organisation: name });
    const skd = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD } });
    await db.membership.create({ data: { userId: user.id, organisationId: skd.id, role: "EDITOR" } });
    const prefix = `skd-e2e-lang-${uniqueSuffix()}-`;
    const identifier = prefix + "a".repeat(255 - prefix.length);
    expect(identifier).toHaveLength(255);
    await seedSkdResource(db, definitionFor({ identifier }), { publishToTest: false });

    for (const path of [
      `/orgs/${SKD}/resources`,
      `/orgs/${SKD}/resources/${identifier}`,
      `/orgs/${SKD}/resources/${identifier}/documentation`,
    ]) {
      await page.goto(path);
      await expect(page.getByText(identifier).first()).toBeAttached();
      await expectNoSidewaysScroll(page);
    }
    const org = (await db.organisation.findFirstOrThrow({ where: { name } })).orgNumber;
    for (const path of ["/", `/orgs/${org}`, `/orgs/${org}/members`]) {
      await page.goto(path);
      await expect(page.getByText(name).first()).toBeAttached();
      await expectNoSidewaysScroll(page);
    }
  });
});
