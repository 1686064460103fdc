import path from "node:path";
import { fileURLToPath } from "node:url";
import { isServerOf, readPostmasterPid } from "./postmaster-process";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The URL of the embedded PostgreSQL serving `.data/<name>`, for processes that did not start it (Playwright's
 * test workers, a second command): the port is the one the server chose, as PostgreSQL records it in its
 * `postmaster.pid`. Undefined when no server runs there.
 */
export function embeddedServerUrl(name: string, database: string): string | undefined {
  const dataDir = path.join(REPO_ROOT, ".data", name);
  const running = readPostmasterPid(dataDir);
  if (!running || !isServerOf(running.pid, dataDir)) return undefined;
  return `postgresql://postgres:postgres@localhost:${running.port}/${encodeURIComponent(database)}`;
}
