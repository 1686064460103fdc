import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { ProblemError, sendProblem } from "../problem";
import { type FaultRule, takeMatchingRule } from "./fault-rules";

const DEFAULT_TIMEOUT_MS = 15_000;
const SERVER_ERRORS = [500, 502, 503];

export type FaultOutcome = "answered" | "silenced" | "none";

/**
 * Runs before the dispatcher. "answered": a fault response was sent and the request must not be handled.
 * "silenced": handle the request, but its response is swallowed and the socket dies after timeoutMs.
 */
export async function applyFaults(req: IncomingMessage, res: ServerResponse): Promise<FaultOutcome> {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const rule = takeMatchingRule(req.method ?? "GET", path);
  if (!rule) return "none";
  if (rule.latencyMs) await delay(rule.latencyMs);
  if (roll(rule.preconditionFailedRate)) {
    sendProblem(
      res,
      new ProblemError(412, "Precondition Failed", { detail: `Injected by emulator fault rule ${rule.path}` }),
    );
    return "answered";
  }
  if (roll(rule.status5xxRate)) {
    const status = SERVER_ERRORS[Math.floor(Math.random() * SERVER_ERRORS.length)] ?? 500;
    sendProblem(res, new ProblemError(status, "Injected server error", { detail: `Emulator fault rule ${rule.path}` }));
    return "answered";
  }
  if (roll(rule.timeoutRate)) {
    silence(res, rule);
    return "silenced";
  }
  return "none";
}

function roll(rate: number | undefined): boolean {
  return rate !== undefined && rate > 0 && Math.random() < rate;
}

/** Swallows everything the handler writes; the client only sees its connection dropped. */
function silence(res: ServerResponse, rule: FaultRule): void {
  const callbackOf = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === "function");
  res.writeHead = (() => res) as unknown as ServerResponse["writeHead"];
  res.flushHeaders = () => {};
  res.write = ((...args: unknown[]) => {
    callbackOf(args)?.();
    return true;
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    callbackOf(args)?.();
    return res;
  }) as ServerResponse["end"];
  const timer = setTimeout(() => res.socket?.destroy(), rule.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  timer.unref();
  res.once("close", () => clearTimeout(timer));
}
