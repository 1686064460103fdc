import type { Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { seedEveryRoute } from "../bench/pages/every-route";
import { serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { expect, test } from "./support/fixtures";

// Issue 17: a first visit to any route downloads at most 130 kB of compressed JavaScript. Each route is opened in a
// fresh browser context (nothing cached) and every script response is counted by its encoded body size on the wire
// (Playwright's `request().sizes().responseBodySize`) until the network is idle, so chunks loaded by code after
// hydration count too. The routes are every page of the app (bench/pages/every-route.ts seeds what each shows; the test
// fails if a page file has no route there), the eleven `npm run bench` measures first.
//
// With gzip (2026-11-30, 2-core machine, production build; before → after the client-weight work of issue 17
// item 4: no Radix, react-query and next-auth's client only where used, zod loaded at a form's first check):
//   landing 198.7 → 152.7 kB, catalog 200.3 → 154.4, catalog entry 198.7 → 152.7, overview 204.3 → 167.2,
//   resources 199.5 → 154.3, resource editor 316.3 → 262.5, scopes 272.9 → 188.3, access list 270.0 → 178.2,
//   approvals 199.9 → 154.7, checklist 264.4 → 185.2, integration kit 275.3 → 193.9.
// The floor: Next 16 + React 19's own runtime, the six scripts every page loads, is 132.4 kB with gzip but 113.7 kB
// with brotli. The portal's own server now answers a browser with brotli (scripts/run/portal-server.ts; static files at
// quality 11) and next-intl's `precompile` removed its message formatter (~12 kB), so with brotli, 2026-11-30 21:20:
//   landing 123.5 kB, catalog 125.3, catalog entry 123.5, overview 127.8, resources 124.8, approvals 125.2 (under);
//   checklist 130.2, access list 146.7, scopes 148.3, integration kit 153.7, resource editor 159.7 (over).
// So the test stays fixme until the last five are cut; run it anyway with JS_BUDGET=enforce.
const BUDGET_BYTES = 130_000;

test.fixme(
  process.env.JS_BUDGET !== "enforce",
  "five routes are still over 130 kB with brotli (see the figures above)",
);

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

/** Every page file under app/, as a pattern its address matches (route groups dropped, `[x]` one segment). */
function pagePatterns(): { page: string; pattern: RegExp }[] {
  const app = path.resolve(process.cwd(), "app");
  return (
    fs
      .readdirSync(app, { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "page.tsx")
      .map((file) =>
        path
          .dirname(file)
          .split(path.sep)
          .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment)),
      )
      // The public pages' internal rewrites (lib/catalog/public-page-request.ts): a browser asks for `/`, `/catalog`, `/catalog/…`.
      .filter((segments) => segments[0] !== "public")
      .map((segments) => ({
        page: `/${segments.join("/")}`,
        pattern: new RegExp(`^/${segments.map((s) => (/^\[.*\]$/.test(s) ? "[^/]+" : s)).join("/")}$`),
      }))
  );
}

test("no route's first visit downloads more than 130 kB of compressed JavaScript", async ({ browser, db, loginAs }) => {
  test.setTimeout(420_000);
  const owner = await serviceOwnerMember(db, { role: "ADMIN", name: "Budget Owner" });
  const routes = await seedEveryRoute(db, { userId: owner.user.id, tag: `budget${uniqueSuffix()}` });
  // "Any route": every page of the app is measured (a new page without a route here fails the test).
  const unmeasured = pagePatterns().filter(({ pattern }) => !routes.some((route) => pattern.test(route.path)));
  expect(unmeasured.map(({ page }) => page)).toEqual([]);
  const user = { ...owner.user, isPlatformAdmin: true };
  const figures: { route: string; kB: number; scripts: number }[] = [];
  for (const route of routes) {
    const context = await browser.newContext({ locale: "en-GB" });
    if (route.signedIn) await loginAs(user, context);
    const { bytes, scripts } = await scriptBytesOfFirstVisit(await context.newPage(), route.path);
    await context.close();
    figures.push({ route: route.name, kB: Math.round(bytes / 100) / 10, scripts });
  }
  const summary = figures.map((figure) => `${figure.route}: ${figure.kB} kB in ${figure.scripts} scripts`).join("; ");
  test.info().annotations.push({ type: "first-visit JavaScript", description: summary });
  console.log(summary);
  expect(figures.filter((figure) => figure.kB * 1000 > BUDGET_BYTES)).toEqual([]);
});
