import { ProblemError } from "../problem";
import type { ValidationErrors } from "./resource-validation";

/**
 * Problem codes of the emulated Resource Registry. The numbers are the emulator's own;
 * what clients can rely on is the status and that a `code` is present (as in Altinn).
 */
export const registryProblems = {
  validation: (errors: ValidationErrors, detail = "One or more validation errors occurred") =>
    new ProblemError(400, "Validation failed", { code: "RR-00010", detail, errors }),
  notFound: (detail: string) => new ProblemError(404, "Not found", { code: "RR-00011", detail }),
  conflict: (detail: string) => new ProblemError(409, "Conflict", { code: "RR-00012", detail }),
  notOwner: (detail: string) => new ProblemError(403, "Forbidden", { code: "RR-00013", detail }),
  preconditionFailed: (detail: string) => new ProblemError(412, "Precondition failed", { code: "RR-00014", detail }),
  tooManyMembers: (count: number) =>
    validation("RR-00015", { data: [`At most 100 members per call, got ${count}`] }, "At most 100 members can be changed per call"),
};

function validation(code: string, errors: ValidationErrors, detail: string): ProblemError {
  return new ProblemError(400, "Validation failed", { code, detail, errors });
}
