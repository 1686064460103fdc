import type { Page } from "@playwright/test";
import { seedPageRoutes } from "../bench/pages/page-routes";
import { serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { expect, test } from "./support/fixtures";

// Issue 17: a first visit to any route downloads at most 130 kB of compressed JavaScript. Each route is opened in a
// fresh browser context (nothing cached) and every script response is counted by its encoded body size on the wire
// (Playwright's `request().sizes().responseBodySize`) until the network is idle, so chunks loaded by code after
// hydration count too. The routes are the ones `npm run bench` measures (bench/pages/page-routes.ts).
//
// Over budget today (two runs on 2026-11-30, 2-core machine, production build), so marked fixme until the client
// weight comes down (issue 17 item 4); run it anyway with JS_BUDGET=enforce to see the figures:
//   landing 198.2 kB (14 scripts), catalog 199.9 (15), catalog entry 198.2 (14), overview 203.8 (16),
//   resources 199.0 (15), resource editor 302.3 (21), scopes 272.3 (20), access list 270.2 (20), approvals 199.4 (16),
//   checklist 263.9 (19), integration kit 275.6 (20).
const BUDGET_BYTES = 130_000;

test.fixme(process.env.JS_BUDGET !== "enforce", "every route is over the 130 kB budget today (see the figures above)");

async function scriptBytesOfFirstVisit(page: Page, path: string): Promise<{ bytes: number; scripts: number }> {
  const sizes: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") {
      sizes.push(
        response
          .request()
          .sizes()
          .then((size) => size.responseBodySize),
      );
    }
  });
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  const all = await Promise.all(sizes);
  return { bytes: all.reduce((sum, size) => sum + size, 0), scripts: all.length };
}

test("no route's first visit downloads more than 130 kB of compressed JavaScript", async ({ browser, db, loginAs }) => {
  test.setTimeout(180_000);
  const owner = await serviceOwnerMember(db, { role: "ADMIN", name: "Budget Owner" });
  const routes = await seedPageRoutes(db, { userId: owner.user.id, tag: `budget-${uniqueSuffix()}` });
  const figures: { route: string; kB: number; scripts: number }[] = [];
  for (const route of routes) {
    const context = await browser.newContext({ locale: "en-GB" });
    if (route.signedIn) await loginAs(owner.user, context);
    const { bytes, scripts } = await scriptBytesOfFirstVisit(await context.newPage(), route.path);
    await context.close();
    figures.push({ route: route.name, kB: Math.round(bytes / 100) / 10, scripts });
  }
  const summary = figures.map((figure) => `${figure.route}: ${figure.kB} kB in ${figure.scripts} scripts`).join("; ");
  test.info().annotations.push({ type: "first-visit JavaScript", description: summary });
  console.log(summary);
  expect(figures.filter((figure) => figure.kB * 1000 > BUDGET_BYTES)).toEqual([]);
});
