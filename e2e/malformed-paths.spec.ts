import { createOrganisation, createUser } from "../test/factories";
import { expect, test } from "./support/fixtures";

// Path segments no row can match answer 404, never 500: NUL, broken percent-encoding once decoded by the page, and
// 36 hyphens where a UUID belongs (issue 12). The catalog is public, so those are asked anonymously.

const segments = ["%00", "%2500", "%25E0%25A4%25A", "-".repeat(36)];

test("malformed path segments are not found, anonymously and logged in", async ({ page, db, loginAs }) => {
  test.setTimeout(240_000); // 48 requests, each page compiled on first use under `next dev`
  for (const segment of segments) {
    const response = await page.request.get(`/catalog/${segment}`);
    expect(response.status(), `/catalog/${segment}`).toBe(404);
  }
  const user = await createUser(db, { name: "Path Prober" });
  const organisation = await createOrganisation(db, { members: [{ userId: user.id, role: "ADMIN" }] });
  await loginAs(user);
  const base = `/orgs/${organisation.orgNumber}`;
  const paths = (segment: string) => [
    `/orgs/${segment}`,
    `${base}/resources/${segment}`,
    `${base}/resources/${segment}/documentation`,
    `${base}/resources/${segment}/publishing`,
    `${base}/resources/${segment}/versions`,
    `${base}/access-lists/${segment}`,
    `${base}/access-requests/${segment}`,
    `${base}/approvals/${segment}`,
    `${base}/scopes/${segment}`,
    `${base}/clients/${segment}`,
    `/api/orgs/${segment}/delegations?environment=test`,
  ];
  for (const segment of segments) {
    for (const path of paths(segment)) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
  }
});
