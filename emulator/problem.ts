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

/**
 * ASP.NET Core's ProblemDetailsDefaults (.NET 8+; also its ApiBehaviorOptions client error mapping): `type` and
 * `title` per status, for the statuses the emulated APIs answer with.
 */
export const ASP_NET_PROBLEM_DEFAULTS: Record<number, [type: string, title: string]> = {
  400: ["https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request"],
  401: ["https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized"],
  403: ["https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden"],
  404: ["https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found"],
  409: ["https://tools.ietf.org/html/rfc9110#section-15.5.10", "Conflict"],
  412: ["https://tools.ietf.org/html/rfc9110#section-15.5.13", "Precondition Failed"],
  415: ["https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type"],
  429: ["https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests"],
  500: ["https://tools.ietf.org/html/rfc9110#section-15.6.1", "An error occurred while processing your request."],
};
