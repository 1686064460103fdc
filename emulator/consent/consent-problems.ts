import type { ProblemDescriptor, ValidationErrorDescriptor } from "./problem-details";

/**
 * The consent problems and validation errors of Altinn's access management, with Altinn's own codes and texts:
 * Altinn/altinn-authorization-tmp src/libs/Altinn.Authorization.Api.Contracts/.../Errors/Problems.cs (domain AM)
 * and .../Errors/ValidationErrors.cs (domain AM, sub-domain VLD), plus StdValidationErrors.Required from the
 * problem-details library (STD.VLD-00000). Only the ones the consent endpoints can answer with are listed.
 */
const am = (number: number, status: number, detail: string): ProblemDescriptor => ({
  code: `AM-${String(number).padStart(5, "0")}`,
  status,
  detail,
});
const vld = (domain: string, number: number, detail: string): ValidationErrorDescriptor => ({
  code: `${domain}.VLD-${String(number).padStart(5, "0")}`,
  detail,
});

export const Problems = {
  NotAuthorizedForConsentRequest: am(0, 403, "Not authorized for consent"),
  ConsentNotFound: am(1, 404, "Consent not found"),
  ConsentCantBeAccepted: am(2, 400, "Consent have wrong status to be consented"),
  InvalidOrganizationIdentifier: am(3, 400, "Unknown organization. Could not be found"),
  InvalidPersonIdentifier: am(4, 400, "Unknown person. Could not be found"),
  InvalidConsentResource: am(5, 400, "Invalid consent resource"),
  UnknownConsentMetadata: am(6, 400, "Invalid consent metadata"),
  MissingMetadataValue: am(7, 400, "Missing metadata value"),
  MissingMetadata: am(8, 400, "Missing metadata"),
  InvalidResourceCombination: am(9, 400, "Invalid resource combination"),
  ConsentCantBeRevoked: am(10, 400, "Consent cant be revoked.Wrong status"),
  ConsentRevoked: am(11, 400, "Consent is revoked"),
  MissMatchConsentParty: am(12, 400, "The consented party does not match the party requested"),
  ConsentExpired: am(13, 400, "Consent is expired"),
  ConsentNotAccepted: am(14, 400, "Consent is not accepted"),
  ConsentCantBeRejected: am(15, 400, "Consent cant be rejected. Wrong status"),
  ConsentWithIdAlreadyExist: am(16, 400, "Consent with id already exist"),
} as const;

export const ValidationErrors = {
  Required: vld("STD", 0, "The field is required."),
  TimeNotInFuture: vld("AM", 22, "The time need to be in the future"),
  EmptyList: vld("AM", 23, "The list cant be empty"),
  InvalidRedirectUrl: vld("AM", 27, "Redirect URL is not a valid URL"),
  InvalidPageSizeForConsentEvents: vld("AM", 50, "Page size must be between 1 and 1000."),
  InvalidDateRange: vld("AM", 51, "'createdAfter' must be earlier than 'createdBefore'."),
  InvalidEventType: vld(
    "AM",
    52,
    "One or more event types are invalid. Valid values are: rejected, accepted, revoked, deleted, used.",
  ),
  InvalidContinuationToken: vld("AM", 53, "The continuation token is invalid."),
} as const;
