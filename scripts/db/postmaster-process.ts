import fs from "node:fs";
import path from "node:path";

// What a data directory tells about the server using it. PostgreSQL writes `postmaster.pid` while it runs
// and removes it on a clean shutdown; a killed run leaves it behind, or leaves the server itself running.

export interface PostmasterInfo {
  pid: number;
  port: number;
}

/** Lines 1 and 4 of postmaster.pid are the server's pid and port (PostgreSQL's pidfile.h). */
export function readPostmasterPid(dataDir: string): PostmasterInfo | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port } : undefined;
}

/** True for a live process; a zombie (exited, not yet reaped by its adoptive parent) counts as gone. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return process.platform !== "linux"; // no /proc: trust kill(0)
  }
}

/**
 * The pid file can outlive its server and the pid be reused by an unrelated process (containers restart
 * pid numbering), so check that the process is PostgreSQL serving this very directory.
 */
export function isServerOf(pid: number, dataDir: string): boolean {
  if (!isRunning(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmdline.some((arg) => arg.endsWith("postgres")) && cmdline.includes(dataDir);
  } catch {
    return process.platform !== "linux";
  }
}

/**
 * Fast shutdown (SIGINT: roll back open transactions, disconnect, stop). The signal is sent before the
 * first await, so a caller that cannot wait (an `exit` handler) still stops the server.
 */
export async function stopPostmaster(pid: number, timeoutMs = 15_000): Promise<void> {
  if (!signal(pid, "SIGINT")) return;
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) {
      // Immediate shutdown; the next start replays the WAL, as after a crash.
      signal(pid, "SIGQUIT");
      await sleep(500);
      return;
    }
    await sleep(20);
  }
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The process that started the server is its parent (the library spawns `postgres` directly). When that
 * process is gone the server has been re-parented to init or a subreaper: nobody will stop it.
 */
export function starterOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return isNodeProcess(ppid) ? ppid : undefined;
  } catch {
    // No /proc (macOS): assume an owner, so a server is shared rather than stopped under someone's feet.
    return process.platform === "linux" ? undefined : -1;
  }
}

function isNodeProcess(pid: number): boolean {
  if (!isRunning(pid)) return false;
  try {
    const executable = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] ?? "";
    return /^(node|nodejs)(\d+)?$/.test(path.basename(executable));
  } catch {
    return false;
  }
}
