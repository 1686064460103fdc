import type { ServerResponse } from "node:http";

/**
 * An RFC 7807 problem, as Altinn's APIs answer errors (`code` like `RR-00010`). Route handlers throw
 * it; the group's dispatcher turns it into `application/problem+json` with the status.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly extra: { code?: string; detail?: string; errors?: Record<string, string[]>; [key: string]: unknown } = {},
  ) {
    super(`${status} ${title}`);
  }
}

export function sendProblem(res: ServerResponse, problem: ProblemError): void {
  const body = JSON.stringify({ type: "about:blank", title: problem.title, status: problem.status, ...problem.extra });
  res.writeHead(problem.status, {
    "content-type": "application/problem+json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
  });
  res.end(body);
}
