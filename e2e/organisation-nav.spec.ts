import { expect, test } from "./support/fixtures";

// The organisation's navigation is rendered on the server and only its links run in the browser
// (components/layout/organisation-nav-link.tsx): each marks itself as the current page, also after a navigation in
// the browser, where the layout above stays mounted and is not rendered again.

test("the organisation's navigation marks the page shown, and the page below a link, as current", async ({
  page,
  member,
}) => {
  const { organisation } = await member("ADMIN", { person: "Nora Nav" });
  await page.goto(`/orgs/${organisation.orgNumber}`);
  const nav = page.getByRole("navigation", { name: "Organisation" });
  const overview = nav.getByRole("link", { name: "Overview" });
  const members = nav.getByRole("link", { name: "Members" });
  await expect(overview).toHaveAttribute("aria-current", "page");
  await expect(members).not.toHaveAttribute("aria-current", "page");

  await members.click();
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
  await expect(members).toHaveAttribute("aria-current", "page");
  // The overview is current on its own address only, not on every page below it.
  await expect(overview).not.toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
});
