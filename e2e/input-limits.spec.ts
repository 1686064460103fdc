import { expect, test } from "./support/fixtures";
import { draftAs } from "./support/owner-resources";

// Limits are told before sending (issue 16): every text of the resource editor shows its maximum, and an oversized
// paste gets a field message instead of a request that fails. (The access-list import's limit is in access-lists.spec.)

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
