import { ProblemError } from "../problem";

/** Problem codes of the emulated consent API (the emulator's own numbers; status and `code` presence matter). */
export const consentProblems = {
  validation: (errors: Record<string, string[]>) =>
    new ProblemError(400, "Validation failed", {
      code: "AM-00010",
      detail: Object.entries(errors).map(([field, messages]) => `${field}: ${messages.join("; ")}`).join(" | "),
      errors,
    }),
  notFound: (id: string) => new ProblemError(404, "Consent request not found", { code: "AM-00011", detail: `No consent request ${id}` }),
  conflict: (id: string) =>
    new ProblemError(409, "Conflict", { code: "AM-00012", detail: `Consent request ${id} already exists with different content` }),
  forbidden: (detail: string) => new ProblemError(403, "Forbidden", { code: "AM-00013", detail }),
  accessListDenied: (resource: string, org: string) =>
    new ProblemError(403, "Forbidden", {
      code: "AM-00014",
      detail: `Organisation ${org} may not request consent for ${resource}: it is not on an access list connected to the resource for requestconsent`,
    }),
};
