import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What a client component loads with it: the packages its static imports reach, through the repository's own
// modules. `import type`, type-only specifiers and `import()` are not followed (they load nothing, or load later),
// nor are "use server" modules (the browser gets a reference to the action, not its module).

const ROOT = path.resolve(import.meta.dirname, "..");
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']/g;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : path.resolve(path.dirname(from), specifier);
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
    .map((ext) => base + ext)
    .find((file) => existsSync(file) && statSync(file).isFile());
}

function valueImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const [, typeOnly, clause = "", from, bare] = match;
    if (bare) found.push(bare);
    else if (!typeOnly && from) {
      const named = /^\{([^}]*)\}$/s.exec(clause.trim())?.[1];
      const names = named
        ?.split(",")
        .map((name) => name.trim())
        .filter(Boolean);
      if (!names?.length || !names.every((name) => name.startsWith("type "))) found.push(from);
    }
  }
  return found;
}

/** The packages (`zod`, `react-markdown`, …) the module `file` (relative to the repository) loads statically. */
export function packagesLoadedWith(file: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [path.join(ROOT, file)];
  for (let current = queue.pop(); current; current = queue.pop()) {
    for (const specifier of valueImports(readFileSync(current, "utf8"))) {
      if (!specifier.startsWith(".") && !specifier.startsWith("@/")) {
        packages.add(specifier);
        continue;
      }
      const local = resolveLocal(current, specifier);
      if (!local || seen.has(local) || /^\s*["']use server["']/.test(readFileSync(local, "utf8"))) continue;
      seen.add(local);
      queue.push(local);
    }
  }
  return packages;
}
