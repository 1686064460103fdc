import "server-only";
import { env } from "@/lib/platform/config/env";
import { forbidden } from "@/lib/platform/errors/app-error";

/**
 * Ansattporten mode (`LOGIN_PROVIDER=ansattporten`): who may act for an organisation, and with which role, comes from
 * Altinn through each login's token (docs/ANSATTPORTEN.md); the portal records it and never changes it. ID-porten
 * mode: administrators manage memberships in the portal.
 */
export function membershipsFromAltinn(): boolean {
  return env().LOGIN_PROVIDER === "ansattporten";
}

/** Refuses a manual membership change when rights come from Altinn, naming where they are changed instead. */
export function refuseWhenMembershipsFromAltinn(): void {
  if (membershipsFromAltinn()) throw forbidden("rightsFromAltinn");
}
