import { writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { ROUTE_MESSAGE_PATHS } from "../../lib/platform/i18n/route-message-paths";
import { expectedRoutePaths, routeMessages } from "./route-messages";

// `npx tsx scripts/i18n/print-route-messages.ts`: where a route file of the signed-in portal hands its client
// components other messages than they use; `--write` rewrites lib/platform/i18n/route-message-paths.ts to what they
// use (then render `<ClientMessages route="…">` in each file it names). The test that holds it:
// lib/platform/i18n/client-messages-coverage.test.ts.

const root = path.resolve(import.meta.dirname, "../..");
const target = path.join(root, "lib/platform/i18n/route-message-paths.ts");

if (process.argv.includes("--write")) {
  const paths = expectedRoutePaths(root);
  const entries = Object.entries(paths).map(
    ([route, list]) => `  ${JSON.stringify(route)}: ${JSON.stringify(list.join(" "))},`,
  );
  const text = [
    "// Written by `npx tsx scripts/i18n/print-route-messages.ts --write`: for each route file of the signed-in portal",
    "// (below app/(portal), no extension), the message paths its client components use beyond its layouts'. Its",
    '// `<ClientMessages route="…">` hands them out; lib/platform/i18n/client-messages-coverage.test.ts fails when stale.',
    "// One string per file, the paths separated by spaces, so the list stays short to read.",
    "const PATHS: Readonly<Record<string, string>> = {",
    ...entries,
    "};",
    "",
    "/** The message paths a route file hands its client components (its key: the file below app/(portal), no extension). */",
    'export const routeMessagePaths = (route: string): string[] => PATHS[route]?.split(" ") ?? [];',
    "",
    "export const ROUTE_MESSAGE_PATHS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(",
    "  Object.keys(PATHS).map((route) => [route, routeMessagePaths(route)]),",
    ");",
    "",
  ].join("\n");
  writeFileSync(target, await format(text, { ...(await resolveConfig(target)), filepath: target }));
  console.log(`wrote ${path.relative(root, target)}: ${entries.length} route files`);
} else {
  for (const route of routeMessages(root, ROUTE_MESSAGE_PATHS)) {
    if (route.missing.length + route.extra.length + route.problems.length === 0) continue;
    process.exitCode = 1;
    console.log(route.file);
    if (route.missing.length) console.log(`  missing ${route.missing.join(", ")}`);
    if (route.extra.length) console.log(`  extra ${route.extra.join("; ")}`);
    for (const problem of route.problems) console.log(`  problem ${problem}`);
  }
}
