import type { ProblemDescriptor, ValidationErrorDescriptor } from "../consent/problem-details";

/**
 * The problems the supplier-delegation API answers with, codes and texts from Altinn/altinn-authorization-tmp
 * src/libs/Altinn.Authorization.Api.Contracts/.../Errors/Problems.cs (AM-000xx) and
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessMgmt.Core/Utils/Models/ValidationErrors.cs (AM.VLD-000xx).
 */
export const SupplierProblems = {
  MissingConnection: {
    code: "AM-00022",
    status: 400,
    detail: "Operation can not be completed, because it requires an existing connection between the parties.",
  },
  PartyNotFound: {
    code: "AM-00023",
    status: 400,
    detail: "The provided identifier cannot be found as a valid party for the operation.",
  },
  InvalidResource: { code: "AM-00027", status: 400, detail: "The resource is invalid" },
} as const satisfies Record<string, ProblemDescriptor>;

export const SupplierValidationErrors = {
  EntityNotExists: { code: "AM.VLD-00006", detail: "Entity do not exists." },
  InvalidQueryParameter: { code: "AM.VLD-00007", detail: "One or more query parameters are invalid." },
  AssignmentResourcesExist: { code: "AM.VLD-00031", detail: "Assignment has resources delegated." },
} as const satisfies Record<string, ValidationErrorDescriptor>;
