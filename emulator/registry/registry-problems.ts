import { ASP_NET_PROBLEM_DEFAULTS, ProblemError } from "../problem";
import { RegistryAnswer } from "./router";

/**
 * The Resource Registry's error answers, in the three shapes its code produces:
 * - Altinn problems (Altinn.Authorization.ProblemDetails, Altinn/altinn-authorization-utils
 *   ProblemDetails/AltinnProblemDetails.cs): `type: urn:altinn:error:{code}`, `code`, `statusDescription`,
 *   and for validation `code: STD-00000` with `validationErrors: [{code, title, paths}]`;
 * - ASP.NET's own ProblemDetails for `NotFound()`/`StatusCode(412)`/model binding (client error mapping);
 * - bare answers: `Forbid()` (403, no body) and `BadRequest("text")` (a JSON string).
 * Codes and titles from Altinn/altinn-resource-registry src/Altinn.ResourceRegistry.Core/Errors/Problems.cs
 * and ValidationErrors.cs.
 */
const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  412: "Precondition Failed",
  501: "Not Implemented",
};

function altinnProblem(code: string, status: number, title: string, extra: Record<string, unknown> = {}): ProblemError {
  return new ProblemError(status, title, {
    type: `urn:altinn:error:${code}`,
    code,
    ...(STATUS_DESCRIPTIONS[status] ? { statusDescription: STATUS_DESCRIPTIONS[status] } : {}),
    ...extra,
  });
}

export interface AltinnValidationError {
  code: string;
  title: string;
  paths?: string[];
  detail?: string;
}

export const validationErrors = {
  replaceMembersTooMany: {
    code: "RR.VLD-00000",
    title: "Cannot replace more than 100 members at a time. Use POST and DELETE methods instead.",
  },
  addRemoveMembersTooMany: { code: "RR.VLD-00001", title: "Cannot add or remove more than 100 members at a time." },
  includeResourceConnectionsMissingResource: {
    code: "RR.VLD-00002",
    title: "Resource identifier is required when including resource connections.",
  },
  ownerMustBeOrgCode: { code: "RR.VLD-00010", title: "Access list owner must be a valid and registered org-code." },
} as const;

export const registryProblems = {
  /** Altinn validation problem (AltinnValidationProblemDetails): 400, code STD-00000. */
  validation: (errors: AltinnValidationError[]) =>
    altinnProblem("STD-00000", 400, "One or more validation errors occurred.", { validationErrors: errors }),
  /** ASP.NET ValidationProblemDetails (ControllerBase.ValidationProblem, invalid model state): 400 with `errors`. */
  modelValidation: (errors: Record<string, string[]>) =>
    new ProblemError(400, "One or more validation errors occurred.", {
      type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
      errors,
    }),
  /** ASP.NET ProblemDetails for a bare status result (NotFound(), StatusCode(412), 415 from [Consumes]). */
  status: (status: number) => {
    const [type, title] = ASP_NET_PROBLEM_DEFAULTS[status] ?? [];
    return new RegistryAnswer(
      status,
      { ...(type ? { type, title } : {}), status },
      "application/problem+json; charset=utf-8",
    );
  },
  includeMembersNotImplemented: () =>
    altinnProblem("RR-00000", 501, "Members are not supported yet as an include option for this endpoint."),
  partyNotFound: () => altinnProblem("RR-00001", 400, "One or more party references not found."),
  resourceNotFound: () => altinnProblem("RR-00002", 400, "One or more resource references not found."),
  otherOwnersResource: () =>
    altinnProblem(
      "RR-00004",
      403,
      "Cannot create a access-list connection to a resource not owned by the same service-owner as the access-list.",
    ),
  /** `Forbid()`: 403 without a body. */
  forbidden: () => new RegistryAnswer(403),
  /** `BadRequest("text")`: the message as a JSON string ([Produces("application/json")]). */
  badRequestText: (message: string) => new RegistryAnswer(400, message),
};
