import { readdirSync } from "node:fs";
import path from "node:path";
import { covers, createNamespaceReader, minimalPaths } from "./client-namespaces";

// Per route file of the signed-in portal: the message paths its client components use beyond what its layouts already
// give (a nested provider adds to its parent's messages: lib/platform/i18n/merge-messages-provider.tsx), against what
// lib/platform/i18n/route-message-paths.ts lists for it and its `<ClientMessages route="…">` hands out. The root
// layout's entry is the shell (SHELL_MESSAGE_PATHS): what the root layout and the root error and not-found pages use,
// since those cannot declare their own.

const PORTAL = "app/(portal)";
const ENTRY_NAMES = ["layout.tsx", "page.tsx", "loading.tsx", "error.tsx", "not-found.tsx"];
const ROOT_LAYOUT = `${PORTAL}/layout.tsx`;

export type TRoutePaths = Readonly<Record<string, readonly string[]>>;

export type TRouteMessages = {
  file: string;
  /** Its key in ROUTE_MESSAGE_PATHS and its `<ClientMessages route>`: the file below app/(portal), no extension. */
  route: string;
  /** What its client modules use and no layout above it gives, in the fewest paths. */
  needed: string[];
  declared: string[];
  missing: string[];
  /** Declared paths beyond `needed`, each with why. */
  extra: string[];
  problems: string[];
};

function entryFiles(root: string, dir = PORTAL): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((item) => {
      const file = `${dir}/${item.name}`;
      if (item.isDirectory()) return entryFiles(root, file);
      return ENTRY_NAMES.includes(item.name) ? [file] : [];
    })
    .sort();
}

export const routeKey = (file: string) => file.slice(PORTAL.length + 1).replace(/\.tsx$/, "");

/** The layouts rendered around an entry file, outermost first (a layout's own file excluded). */
function layoutsAround(file: string, layouts: Set<string>): string[] {
  const dirs: string[] = [];
  for (let dir = path.posix.dirname(file); dir.startsWith(PORTAL); dir = path.posix.dirname(dir)) dirs.unshift(dir);
  return dirs.map((dir) => `${dir}/layout.tsx`).filter((layout) => layout !== file && layouts.has(layout));
}

/** `assumeRendered`: as if every route file rendered its `<ClientMessages>` (to work out what each should list). */
export function routeMessages(root: string, routePaths: TRoutePaths, assumeRendered = false): TRouteMessages[] {
  const reader = createNamespaceReader(root);
  const files = entryFiles(root);
  const layouts = new Set(files.filter((file) => file.endsWith("/layout.tsx")));
  const shellEntries = files.filter((file) => path.posix.dirname(file) === PORTAL && !file.endsWith("/page.tsx"));
  const handsOut = (file: string) =>
    file === ROOT_LAYOUT || assumeRendered || reader.entry(file).declared.includes(routeKey(file))
      ? [...(routePaths[routeKey(file)] ?? [])]
      : [];

  const routes = files.map((file): TRouteMessages => {
    const route = routeKey(file);
    const { used, problems, declared: routes } = reader.entry(file);
    const inherited = file === ROOT_LAYOUT ? [] : [ROOT_LAYOUT, ...layoutsAround(file, layouts)].flatMap(handsOut);
    const needed =
      file === ROOT_LAYOUT
        ? minimalPaths(shellEntries.flatMap((entry) => reader.entry(entry).used))
        : minimalPaths(used.filter((namespace) => !inherited.some((given) => covers(given, namespace))));
    const declared = handsOut(file);
    const extra = declared
      .filter((given) => !needed.includes(given))
      .map((given) => {
        const inside = needed.filter((namespace) => covers(given, namespace));
        if (inside.length > 0) return `${given} (wider than what is used: ${inside.join(", ")})`;
        if (inherited.some((other) => covers(other, given))) return `${given} (a layout above already gives it)`;
        return `${given} (no client module uses it)`;
      });
    const missing = needed.filter((namespace) => !declared.includes(namespace));
    const wrong = routes.filter((other) => other !== route);
    const routeProblems = [
      ...wrong.map((other) => `${file}: <ClientMessages route="${other}"> names another file's entry ("${route}")`),
      ...(file !== ROOT_LAYOUT && route in routePaths && !routes.includes(route)
        ? [`${file}: has an entry in route-message-paths.ts but no <ClientMessages route="${route}">`]
        : []),
    ];
    return { file, route, needed, declared, missing, extra, problems: [...problems, ...routeProblems] };
  });
  const known = new Set(routes.map((route) => route.route));
  const stale = Object.keys(routePaths).filter((route) => !known.has(route));
  return stale.length === 0
    ? routes
    : [
        ...routes,
        {
          file: "lib/platform/i18n/route-message-paths.ts",
          route: "",
          needed: [],
          declared: [],
          missing: [],
          extra: stale.map((route) => `${route} (no such route file)`),
          problems: [],
        },
      ];
}

/** The paths every route file should list: what each needs once the layouts above it list theirs. */
export function expectedRoutePaths(root: string): Record<string, string[]> {
  let paths: Record<string, string[]> = {};
  for (let round = 0; round < 10; round++) {
    const next = Object.fromEntries(
      routeMessages(root, paths, true)
        .filter((route) => route.route && route.needed.length > 0)
        .map((route) => [route.route, route.needed]),
    );
    if (JSON.stringify(next) === JSON.stringify(paths)) return paths;
    paths = next;
  }
  throw new Error("the route message paths did not settle");
}
