import type { ServerResponse } from "node:http";
import { ASP_NET_PROBLEM_DEFAULTS } from "../problem";

/**
 * Problem details as Altinn's access management writes them: Altinn.Authorization.ProblemDetails 4.0.1
 * (Altinn/altinn-authorization-utils, tag Altinn.Authorization.ProblemDetails-v4.0.1: AltinnProblemDetails.cs,
 * AltinnValidationProblemDetails.cs, AltinnMultipleProblemDetails.cs, ProblemDetailsActionResult.cs), the version
 * Altinn/altinn-authorization-tmp pins in src/Directory.Packages.props.
 *
 * - A descriptor carries code, HTTP status and `detail` (4.0.1 sets `detail`, not `title`, from the descriptor).
 * - The action result goes through ASP.NET's TypedResults.Problem, which fills `type` and `title` from the status
 *   (ProblemDetailsDefaults). AccessManagement registers no IProblemDetailsService, so no `traceId` is added.
 * - Problems nested in `problems[]` are serialised as they are, without `type`/`title`.
 * - Extensions (e.g. `key`) become top-level members, after the fixed ones.
 */
export interface ProblemDescriptor {
  code: string;
  status: number;
  detail: string;
}

export interface ValidationErrorDescriptor {
  code: string;
  detail: string;
}

export type ProblemInstance =
  | { kind: "problem"; descriptor: ProblemDescriptor; extensions: [string, string][] }
  | { kind: "validation"; errors: { descriptor: ValidationErrorDescriptor; paths: string[] }[] }
  | { kind: "multiple"; problems: ProblemInstance[] };

/** StdProblemDescriptors (domain STD) of the problem-details library. */
export const VALIDATION_ERROR: ProblemDescriptor = {
  code: "STD-00000",
  status: 400,
  detail: "One or more validation errors occurred.",
};
export const MULTIPLE_PROBLEMS: ProblemDescriptor = {
  code: "STD-00001",
  status: 500,
  detail: "Multiple problems occurred.",
};

export function problem(descriptor: ProblemDescriptor, extensions: Record<string, string> = {}): ProblemInstance {
  return { kind: "problem", descriptor, extensions: Object.entries(extensions) };
}

export function statusOf(instance: ProblemInstance): number {
  if (instance.kind === "problem") return instance.descriptor.status;
  return instance.kind === "validation" ? VALIDATION_ERROR.status : MULTIPLE_PROBLEMS.status;
}

/**
 * MultipleProblemBuilder.TryBuild: nothing for no problems, the problem itself for one, and STD-00001
 * (HTTP 500) wrapping them all for several, whatever their own statuses are.
 */
export function combineProblems(problems: ProblemInstance[]): ProblemInstance | undefined {
  if (problems.length === 0) return undefined;
  if (problems.length === 1) return problems[0];
  return { kind: "multiple", problems };
}

function body(instance: ProblemInstance): Record<string, unknown> {
  if (instance.kind === "problem") {
    const { code, status, detail } = instance.descriptor;
    return { status, detail, code, ...Object.fromEntries(instance.extensions) };
  }
  if (instance.kind === "validation") {
    const { code, status, detail } = VALIDATION_ERROR;
    const validationErrors = instance.errors.map(({ descriptor, paths }) => ({
      code: descriptor.code,
      detail: descriptor.detail,
      paths,
    }));
    return { status, detail, code, validationErrors };
  }
  const { code, status, detail } = MULTIPLE_PROBLEMS;
  return { status, detail, code, problems: instance.problems.map(body) };
}

/** The JSON Altinn answers with for a problem: `type`, `title`, `status`, `detail`, `code`, then the rest. */
export function problemJson(instance: ProblemInstance): Record<string, unknown> {
  const status = statusOf(instance);
  const [type, title] = ASP_NET_PROBLEM_DEFAULTS[status] ?? [undefined, undefined];
  return { ...(type ? { type } : {}), ...(title ? { title } : {}), ...body(instance) };
}

export function sendProblemDetails(res: ServerResponse, instance: ProblemInstance): void {
  const text = JSON.stringify(problemJson(instance));
  res.writeHead(statusOf(instance), {
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

/** Thrown by a consent route to answer with Altinn's problem details. */
export class AltinnProblem extends Error {
  constructor(readonly instance: ProblemInstance) {
    super(`Altinn problem (HTTP ${statusOf(instance)})`);
  }
}
