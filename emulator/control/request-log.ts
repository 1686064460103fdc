import type { IncomingMessage, ServerResponse } from "node:http";
import { registerStore } from "../state/store-registry";

const MAX_ENTRIES = 2000;
// Query parameters that carry credentials; their values never reach the log. Bodies and headers are not logged at all.
const SECRET_PARAMS = /^(access_token|id_token_hint|assertion|client_secret|code|code_verifier|refresh_token)$/i;

export interface RequestLogEntry {
  env: string | null;
  method: string;
  /** Full path with query string (secret values redacted). */
  path: string;
  /** Null when no response was sent (connection dropped, or a timeout fault swallowed it). */
  status: number | null;
  at: string;
  fault?: string;
}

let entries: RequestLogEntry[] = [];

registerStore("requests", { reset: () => (entries = []), snapshot: () => entries });

/** Logs one request at arrival (so the log keeps arrival order); its status is filled in when it closes. */
export function recordRequest(req: IncomingMessage, res: ServerResponse): RequestLogEntry {
  const url = new URL(req.url ?? "/", "http://emulator");
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_PARAMS.test(name)) url.searchParams.set(name, "[redacted]");
  }
  const first = url.pathname.split("/")[1];
  const entry: RequestLogEntry = {
    env: first === "test" || first === "prod" ? first : null,
    method: req.method ?? "GET",
    path: `${url.pathname}${url.search}`,
    status: null,
    at: new Date().toISOString(),
  };
  entries.push(entry);
  if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES);
  res.once("close", () => {
    if (res.headersSent) entry.status = res.statusCode;
  });
  return entry;
}
