import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeMessages } from "@/scripts/i18n/route-messages";
import { minimalPaths } from "@/scripts/i18n/client-namespaces";
import { ROUTE_MESSAGE_PATHS } from "./route-message-paths";

// Every route file of the signed-in portal hands its client components exactly the messages they use: none missing
// (next-intl would show `namespace.key` in the browser) and none unused (each is serialised into every page).
// Read from the source (scripts/i18n/route-messages.ts), so a new client component or page cannot be forgotten; a
// failure names the route file and the path (`npx tsx scripts/i18n/print-route-messages.ts --write` fixes the list).

const root = path.resolve(import.meta.dirname, "../../..");

describe("messages per route", () => {
  const routes = routeMessages(root, ROUTE_MESSAGE_PATHS);

  it("reads every page and layout of the portal", () => {
    const files = routes.map((route) => route.file);
    expect(files).toContain("app/(portal)/layout.tsx");
    expect(files).toContain("app/(portal)/orgs/[orgNumber]/layout.tsx");
    expect(files).toContain("app/(portal)/orgs/[orgNumber]/scopes/page.tsx");
    // A layout's client components are read too, for their own keys, not whole namespaces: the resource's tabs.
    expect(routes.find((route) => route.file.endsWith("resources/[identifier]/layout.tsx"))?.needed).toEqual(
      expect.arrayContaining(["consentResources.nav.edit"]),
    );
    // The organisation's navigation is rendered on the server (components/layout/organisation-nav.tsx): its layout
    // hands the browser no messages.
    expect(routes.find((route) => route.file.endsWith("orgs/[orgNumber]/layout.tsx"))?.needed).toEqual([]);
  });

  it("finds namespaces only where the browser runs them: through client modules, dynamic imports and props", () => {
    const scopes = routes.find((route) => route.file === "app/(portal)/orgs/[orgNumber]/scopes/[scopeId]/page.tsx");
    // scopes.deactivate reaches DangerPanel as a prop (which reads its confirmTitle); scopes.sync is UpstreamSyncStatus's
    // default; the table's keys one by one, not the whole namespace.
    expect(scopes?.needed).toEqual(
      expect.arrayContaining(["scopes.deactivate.confirmTitle", "scopes.sync", "scopes.table.sync"]),
    );
    expect(scopes?.needed).not.toContain("scopes");
  });

  it.each(routes.map((route) => [route.file, route] as const))(
    "%s declares what its client modules use",
    (_, route) => {
      expect({ missing: route.missing, extra: route.extra, problems: route.problems }).toEqual({
        missing: [],
        extra: [],
        problems: [],
      });
    },
  );

  it("keeps the fewest paths", () => {
    expect(minimalPaths(["a.b", "a", "c.d", "c.e", "c.d.f"])).toEqual(["a", "c.d", "c.e"]);
  });
});
