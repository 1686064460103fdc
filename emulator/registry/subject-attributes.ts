import type { EnvName } from "../state/environments";
import { accessListsWithMember } from "./access-list-store";
import type { XacmlPolicyDocument } from "./xacml-document";
import { CATEGORY } from "./xacml-evaluate";

export const SUBJECT_ATTRIBUTE = {
  organization: "urn:altinn:organization:identifier-no",
  partyType: "urn:altinn:partytype",
  accessList: "urn:altinn:access-list",
  roleCode: "urn:altinn:rolecode",
  accessPackage: "urn:altinn:accesspackage",
} as const;

export interface DecisionSubject {
  orgNumber?: string;
  partyType: "organization" | "person";
  roleCodes?: string[];
  accessPackages?: string[];
  /** A person deciding for a party (a consent's approver): their pid and the organisation they act for, for the log. */
  pid?: string;
  party?: string;
}

/**
 * The subject attributes Altinn's decision point holds when it evaluates a resource-registry policy for
 * a request that names only the resource (a consent request), in Altinn/altinn-authorization-tmp:
 * - the PEP (src/pkgs/Altinn.Authorization.PEP/.../Helpers/DecisionHelper.cs, CreateSubjectAttributes, used by
 *   Api.Enterprise/Controllers/ConsentController.cs AuthorizeCreateConsentRequest) turns the Maskinporten
 *   token's `consumer` claim into `urn:altinn:organization:identifier-no` = the caller's organisation number
 *   (test DecisionHelperTest.CreateDecisionRequest_WithConsumerClaim_AddsOrganizationNumberAttribute);
 * - the context handler (src/apps/Altinn.Authorization/.../Services/Implementation/ContextHandler.cs,
 *   EnrichSubjectAttributes) adds, only when the policy's rules use them, `urn:altinn:partytype`
 *   (`organization` / `person`, from the register) and `urn:altinn:access-list` with `{owner}:{identifier}`
 *   of every list the party is a member of (ResourceRegistryWrapper.GetMembershipsForParty → the registry's
 *   `access-lists/get-by-member`, AccessListsRepository.GetAccessListByMember: existing lists only, whatever
 *   they are connected to);
 * - role codes and access packages come from Access Management for a person acting for a party (the
 *   approver of a consent); the caller gives them here.
 */
export function subjectAttributes(
  env: EnvName,
  subject: DecisionSubject,
  policy: XacmlPolicyDocument,
): Map<string, string[]> {
  const used = new Set(
    policy.rules.flatMap((rule) =>
      (rule.target ?? [])
        .flat(2)
        .filter((match) => match.category === CATEGORY.subject)
        .map((match) => match.attributeId),
    ),
  );
  const attributes = new Map<string, string[]>();
  if (subject.partyType === "organization" && subject.orgNumber) {
    attributes.set(SUBJECT_ATTRIBUTE.organization, [subject.orgNumber]);
  }
  if (used.has(SUBJECT_ATTRIBUTE.partyType)) attributes.set(SUBJECT_ATTRIBUTE.partyType, [subject.partyType]);
  if (used.has(SUBJECT_ATTRIBUTE.accessList) && subject.partyType === "organization" && subject.orgNumber) {
    const lists = accessListsWithMember(env, subject.orgNumber).map((list) => `${list.owner}:${list.identifier}`);
    // ContextHandler adds the attribute only when there is at least one membership.
    if (lists.length) attributes.set(SUBJECT_ATTRIBUTE.accessList, lists);
  }
  if (subject.roleCodes?.length) attributes.set(SUBJECT_ATTRIBUTE.roleCode, [...subject.roleCodes]);
  if (subject.accessPackages?.length) attributes.set(SUBJECT_ATTRIBUTE.accessPackage, [...subject.accessPackages]);
  return attributes;
}
