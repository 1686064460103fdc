// Turns whatever a handler threw into a reason a person can act on, and says whether trying again may help. The
// reason is stored as text (`UpstreamChange.lastError`), so Altinn's problems are written in a form that
// `readUpstreamFailure` reads back for the screens that show each problem beside its field:
//   HTTP 500 · STD-00001 · AM-00008 Missing metadata [key=inntektsaar]; AM-00006 Invalid consent metadata [key=ukjent]
// An answer the portal could not read is said to be one, by the upstream's name. The integration kit's panel reads
// reasons in the browser too: only browser-safe imports here.

import { type TUpstreamProblem, upstreamDisplayName } from "@/lib/platform/upstream/upstream-error";

const MAX_REASON = 500;
const NOT_UNDERSTOOD = "answered something this portal does not understand";
const CODE = /^[A-Z]{2,}(?:\.[A-Z]+)?-\d{3,}$/;
const PROBLEM_START = /^([A-Z]{2,}(?:\.[A-Z]+)?-\d{3,})(?:\s|$)/;

/** One of Altinn's problems as a failure reason carries it (the shape of `TUpstreamProblem` in lib/platform/upstream). */
export type TFailureProblem = TUpstreamProblem;

type TUpstreamLikeError = {
  retryable: boolean;
  upstream?: string;
  kind?: string;
  status?: number | null;
  code?: string;
  title?: string;
  detail?: string;
  problems?: TFailureProblem[];
  message: string;
};

function isUpstreamLike(error: unknown): error is TUpstreamLikeError {
  return (
    error instanceof Error && "retryable" in error && typeof (error as { retryable: unknown }).retryable === "boolean"
  );
}

// Brackets and separators are the format's own: keep them out of the values.
const clean = (value: string) =>
  value
    .replace(/[[\];·]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

export function formatProblem(problem: TFailureProblem): string {
  const text = clean(problem.detail ?? problem.title ?? "");
  const tags = [
    problem.key !== undefined ? `[key=${clean(problem.key)}]` : null,
    problem.paths?.length ? `[at=${problem.paths.map(clean).join(",")}]` : null,
    ...Object.entries(problem.extensions ?? {}).map(
      ([name, value]) => `[${clean(name).replaceAll("=", " ")}=${clean(value)}]`,
    ),
  ];
  return [problem.code, text, ...tags].filter(Boolean).join(" ");
}

export function describeUpstreamFailure(error: unknown): { reason: string; retryable: boolean } {
  if (isUpstreamLike(error)) {
    const problems = error.problems ?? [];
    // A lone problem repeats the body's code: name it once.
    const single = problems.length === 1 && problems[0]!.code === error.code;
    const text = error.detail ?? error.title ?? error.message;
    const what = problems.length
      ? problems.map(formatProblem).join("; ")
      : error.kind === "invalid-response"
        ? `${upstreamDisplayName(error.upstream ?? "")} ${NOT_UNDERSTOOD} (${clean(text)})`
        : text;
    const parts = [error.status ? `HTTP ${error.status}` : null, single ? null : error.code, what];
    return { reason: parts.filter(Boolean).join(" · ").slice(0, MAX_REASON), retryable: error.retryable };
  }
  // A bug or an unknown failure: retry (it may be transient) but keep the message for the operator.
  const message = error instanceof Error ? error.message : String(error);
  return { reason: message.slice(0, MAX_REASON), retryable: true };
}

function readProblem(text: string): TFailureProblem | null {
  const start = PROBLEM_START.exec(text);
  if (!start) return null;
  const problem: TFailureProblem = { code: start[1]! };
  const rest = text.slice(start[0].length);
  const firstTag = rest.search(/\[[^\]=]+=[^\]]*\]/);
  const title = (firstTag === -1 ? rest : rest.slice(0, firstTag)).trim();
  if (title) problem.title = title;
  for (const [, name, value] of rest.matchAll(/\[([^\]=]+)=([^\]]*)\]/g)) {
    if (name === "key") problem.key = value!;
    else if (name === "at") problem.paths = value!.split(",");
    else (problem.extensions ??= {})[name!] = value!;
  }
  return problem;
}

/** A stored reason read back: the HTTP status, the body's code and Altinn's problems (empty for other failures). */
export function readUpstreamFailure(reason: string | null | undefined): {
  status: number | null;
  code: string | null;
  problems: TFailureProblem[];
  /** The upstream answered, but not in a shape the portal reads (`invalid-response`). */
  notUnderstood: boolean;
} {
  const segments = (reason ?? "").split(" · ");
  const status = /^HTTP (\d{3})$/.exec(segments[0] ?? "");
  const rest = status ? segments.slice(1) : segments;
  let code: string | null = null;
  const problems: TFailureProblem[] = [];
  for (const segment of rest) {
    if (CODE.test(segment)) code ??= segment;
    else {
      const read = segment.split("; ").map(readProblem);
      if (read.every((problem) => problem !== null)) problems.push(...(read as TFailureProblem[]));
    }
  }
  if (!code && problems.length === 1) code = problems[0]!.code;
  return {
    status: status ? Number(status[1]) : null,
    code,
    problems,
    notUnderstood: (reason ?? "").includes(NOT_UNDERSTOOD),
  };
}
