import { ValidationErrors } from "./consent-problems";
import type { ValidationErrorDescriptor } from "./problem-details";

/**
 * ConsentService.ValidateValidTo (Altinn/altinn-authorization-tmp .../Core/Services/ConsentService.cs): a new request's
 * validTo earlier than now is AM.VLD-00022 at path "ValidTo" (sic, capitalised).
 */
export function checkValidTo(
  validTo: number,
  now = Date.now(),
): { descriptor: ValidationErrorDescriptor; paths: string[] }[] {
  return validTo < now ? [{ descriptor: ValidationErrors.TimeNotInFuture, paths: ["ValidTo"] }] : [];
}
