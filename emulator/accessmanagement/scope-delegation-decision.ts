import { listRights } from "../ansattporten/altinn-rights";

/**
 * The decision point's answer for `altinn_maskinporten_scope_delegation` (read or write): may this person administer
 * the organisation's Maskinporten delegations? The resource's policy (Altinn/altinn-resource-registry
 * test/Bruno/Altinn.ResourceRegistry/Testdata/Policies/altinn_maskinporten_scope_delegation.xacml) permits read and
 * write to the roles APIADM, APIADMNUF and HADM and the access packages `maskinporten-administrator` and
 * `hovedadministrator`, with an obligation of authentication level 3. In Altinn 3 the package comes with the roles
 * DAGL, LEDE, INNH, DTSO, DTPR, KOMP, BEST, BOBE and KNUF (Altinn/altinn-authorization-tmp
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessMgmt.PersistenceEF/Data/IngestRolePackage.cs, packageMPA).
 * The emulator reads what the person holds for the organisation from its Altinn rights (/_emulator/altinn-rights),
 * where a package is `urn:altinn:accesspackage:{code}` and a role `urn:altinn:rolecode:{code}`.
 */
export const SCOPE_DELEGATION_PERMITTED = [
  "urn:altinn:accesspackage:maskinporten-administrator",
  "urn:altinn:accesspackage:hovedadministrator",
  "urn:altinn:rolecode:APIADM",
  "urn:altinn:rolecode:APIADMNUF",
  "urn:altinn:rolecode:HADM",
] as const;

export const SCOPE_DELEGATION_MINIMUM_AUTHLEVEL = 3;

export function mayAdministerScopeDelegations(pid: string, orgNumber: string, authLevel: number): boolean {
  if (authLevel < SCOPE_DELEGATION_MINIMUM_AUTHLEVEL) return false;
  const held = listRights(pid).find((entry) => entry.orgNumber === orgNumber)?.resources ?? [];
  const permitted = SCOPE_DELEGATION_PERMITTED.map((urn) => urn.toLowerCase());
  return held.some((right) => permitted.includes(right.toLowerCase()));
}
