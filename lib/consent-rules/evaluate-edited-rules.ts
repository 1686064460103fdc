import type { TConsentRules, TTrySubject } from "./schemas";

// What the edited rules would decide, read the way Altinn's decision point reads the policy they build
// (lib/publishing/build-consent-policy.ts; subject attributes as in Altinn/altinn-authorization-tmp
// .../Services/Implementation/ContextHandler.cs, EnrichSubjectAttributes): an organisation may request when every
// organisation may (`urn:altinn:partytype` = organization) or when it is a member of one of the connected lists
// (`urn:altinn:access-list`); a person may approve when one of the chosen roles or access packages is theirs.

export type TEditedDecision = "allowed" | "notAllowed";

export function evaluateEditedRules(
  rules: TConsentRules,
  subject: TTrySubject,
  /** The connected lists (in the environment tried) the organisation is a member of, for a requester. */
  memberOfConnectedLists: readonly string[],
): TEditedDecision {
  if (subject.kind === "requester") {
    if (rules.accessListMode === "Disabled") return "allowed";
    return memberOfConnectedLists.length > 0 ? "allowed" : "notAllowed";
  }
  const role = subject.role && rules.approverRoles.includes(subject.role);
  const accessPackage = subject.accessPackage && rules.approverAccessPackages.includes(subject.accessPackage);
  return role || accessPackage ? "allowed" : "notAllowed";
}
