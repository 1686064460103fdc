import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { runToEnd } from "./child-process";
import { ROOT } from "./local-env";

const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "next.config.ts",
  "package-lock.json",
  "instrumentation.ts",
];

function newestMtime(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce(
    (newest, child) => Math.max(newest, newestMtime(path.join(entry, child))),
    stat.mtimeMs,
  );
}

/** Runs `next build` when there is no build yet or a source file changed since the last one. */
export async function buildIfNeeded(): Promise<void> {
  const buildId = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map(newestMtime));
  if (builtAt > changedAt) {
    console.log("Production build is up to date.");
    return;
  }
  console.log("Building the portal (next build)…");
  await runToEnd("next", ["build"]);
}
