import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { recordRequest } from "./control/request-log";
import { applyFaults } from "./faults/apply-faults";
import { HttpError, sendJson } from "./http-helpers";
import { ProblemError, sendProblem } from "./problem";
import { type EnvironmentVariables, type MountedRequest, type RouteGroup, pathBelowPrefix } from "./route-group";
import { createRouteGroups } from "./routes";

export interface StartEmulatorOptions {
  /** Port to listen on; 0 picks a free one (useful in tests). */
  port: number;
  /** Interface to bind; loopback by default because the emulator has no real security. */
  host?: string;
  /** Base URL clients use; defaults to EMULATOR_PUBLIC_URL, else http://localhost:{port}. */
  publicUrl?: string;
  /** Where EMULATOR_* settings are read from; defaults to process.env. */
  env?: EnvironmentVariables;
}

export interface RunningEmulator {
  /** Public base URL, e.g. http://localhost:4000. */
  url: string;
  /** ID-porten issuer, e.g. http://localhost:4000/idporten. */
  idportenIssuer: string;
  /** Ansattporten issuer, e.g. http://localhost:4000/ansattporten. */
  ansattportenIssuer: string;
  port: number;
  close(): Promise<void>;
}

async function dispatch(groups: readonly RouteGroup[], req: MountedRequest, res: ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  for (const group of groups) {
    const rest = pathBelowPrefix(url, group.prefix);
    if (rest === undefined) continue;
    req.originalUrl = url;
    req.baseUrl = group.prefix;
    req.url = rest;
    await group.handle(req, res);
    return;
  }
  sendJson(res, 404, { error: "not_found", prefixes: groups.map((group) => group.prefix) });
}

const CONTROL_PREFIX = "/_emulator";

/** Logs the request and applies fault rules around the dispatcher; the control endpoints themselves are exempt. */
async function handleRequest(groups: readonly RouteGroup[], req: MountedRequest, res: ServerResponse): Promise<void> {
  if (pathBelowPrefix(req.url ?? "/", CONTROL_PREFIX) === undefined) {
    const entry = recordRequest(req, res);
    const outcome = await applyFaults(req, res);
    if (outcome === "answered") return;
    if (outcome === "silenced") entry.fault = "timeout";
  }
  await dispatch(groups, req, res);
}

function fail(res: ServerResponse, error: unknown): void {
  if (error instanceof ProblemError && !res.headersSent) {
    sendProblem(res, error);
    return;
  }
  const status = error instanceof HttpError ? error.status : 500;
  if (status === 500) console.error("[emulator] request failed", error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { error: error instanceof Error ? error.message : "internal error" });
}

/** Starts all emulated services on one HTTP server; used by server.ts and by test setups. */
export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const env = options.env ?? process.env;
  const host = options.host ?? "127.0.0.1";
  let groups: RouteGroup[] = [];

  const server = createServer((req, res) => {
    handleRequest(groups, req, res).catch((error: unknown) => fail(res, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  // Groups are built after listen so that port 0 yields a correct public URL (issuer).
  const port = (server.address() as AddressInfo).port;
  const url = (options.publicUrl ?? env.EMULATOR_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  try {
    groups = await createRouteGroups({ publicUrl: url, env });
  } catch (error) {
    server.close();
    throw error;
  }

  return {
    url,
    idportenIssuer: `${url}/idporten`,
    ansattportenIssuer: `${url}/ansattporten`,
    port,
    async close() {
      await Promise.all(groups.map((group) => group.close?.()));
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (e.g. from fetch) would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}
