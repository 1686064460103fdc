import { readAltinnToken } from "../altinn/require-altinn-token";
import { BareStatus, ModelBindingError } from "../consent/http-results";
import { AltinnProblem, problem } from "../consent/problem-details";
import { organisationName } from "../orgs/org-register";
import { partyOfOrg, resolveParty } from "../registry/party-identifiers";
import type { RouteContext } from "../registry/router";
import { mayAdministerScopeDelegations } from "./scope-delegation-decision";
import { SupplierProblems } from "./supplier-problems";

/** altinn:portal/enduser is accepted by every policy of the API (AccessManagementHost.cs, ScopeAccessRequirement). */
export const SCOPE_PORTAL_ENDUSER = "altinn:portal/enduser";
export const SUPPLIER_SCOPES = {
  suppliersRead: "altinn:accessmanagement/enduser:maskinportensuppliers.read",
  suppliersWrite: "altinn:accessmanagement/enduser:maskinportensuppliers.write",
  consumersRead: "altinn:accessmanagement/enduser:maskinportenconsumers.read",
  consumersWrite: "altinn:accessmanagement/enduser:maskinportenconsumers.write",
} as const;

const GUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;

/** Who called: the person (national identity number, Altinn party UUID) acting for the organisation of `party`. */
export interface PartyCaller {
  orgNumber: string;
  pid: string;
  partyUuid: string;
}

/**
 * Authorises a call as MaskinportenSuppliersController/MaskinportenConsumersController do (Altinn/altinn-authorization-tmp
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Api.Enduser/Controllers/): an Altinn token (else 401),
 * the policy's scope or altinn:portal/enduser (ScopeAccessRequirement, AccessManagementHost.cs), then
 * EndUserResourceAccessHandler: a `party` GUID (else Fail), and the decision point's Permit for the token's subject on
 * `altinn_maskinporten_scope_delegation` with the action for that party, its authentication-level obligation met
 * (Api.Enduser/Authorization/Helper/DecisionHelper.cs). The subject is built from `urn:altinn:userid` and
 * `urn:altinn:party:uuid` only (CreateSubjectAttributes), so an organisation's token (Maskinporten, or exchanged) has
 * none and is refused like a person without the right: 403 without a body, as a failed [Authorize] policy answers.
 */
export async function requirePartyCaller(context: RouteContext, scope: string): Promise<PartyCaller> {
  const token = await readAltinnToken(context.req, context.env).catch(() => {
    throw new BareStatus(401, "an Altinn token is required");
  });
  const scopes = typeof token.scope === "string" ? token.scope.split(" ") : [];
  if (!scopes.includes(scope) && !scopes.includes(SCOPE_PORTAL_ENDUSER))
    throw new BareStatus(403, `the token lacks ${scope} (or ${SCOPE_PORTAL_ENDUSER})`);
  const raw = context.query.get("party") ?? "";
  if (!GUID.test(raw)) throw new BareStatus(403, "no party, or not a GUID");
  const pid = token.pid;
  const partyUuid = token["urn:altinn:party:uuid"];
  if (typeof token["urn:altinn:userid"] !== "string" || typeof pid !== "string" || typeof partyUuid !== "string")
    throw new BareStatus(403, "the decision point has no subject: not a person's token");
  const orgNumber = resolveParty(`urn:altinn:party:uuid:${raw.toLowerCase()}`)?.orgNumber;
  if (!orgNumber || !mayAdministerScopeDelegations(pid, orgNumber, Number(token["urn:altinn:authlevel"] ?? 0)))
    throw new BareStatus(403, "the person may not administer this party's Maskinporten delegations");
  return { orgNumber, pid, partyUuid };
}

/** A required query string parameter, as [Required][FromQuery] binds it. */
export function requiredQuery(context: RouteContext, name: string): string {
  const value = context.query.get(name);
  if (!value) throw new ModelBindingError({ [name]: [`The ${name} field is required.`] });
  return value;
}

/** MaskinportenSupplierService.GetEntity(organizationNumber): an unknown organisation is AM-00023. */
export function organisationEntity(orgNumber: string): string {
  if (!/^\d{9}$/.test(orgNumber) || !organisationName(orgNumber))
    throw new AltinnProblem(problem(SupplierProblems.PartyNotFound));
  return orgNumber;
}

/** `cascade` as [FromQuery] bool binds it: absent is false, anything but true/false is a 400. */
export function cascadeOf(context: RouteContext): boolean {
  const value = context.query.get("cascade");
  if (value === null || value === "") return false;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  throw new ModelBindingError({ cascade: [`The value '${value}' is not valid.`] });
}

/** DtoMapper.Convert(Entity) for an organisation (Altinn.AccessMgmt.Core/Utils/Mappers/DtoMapper.cs, CompactEntityDto). */
export function compactEntity(orgNumber: string) {
  const party = partyOfOrg(orgNumber);
  return {
    id: party.partyUuid,
    name: organisationName(orgNumber) ?? orgNumber,
    type: "Organisasjon",
    variant: "AS",
    parent: null,
    children: null,
    partyid: party.partyId,
    userId: null,
    username: null,
    organizationIdentifier: orgNumber,
    personIdentifier: null,
    dateOfBirth: null,
    dateOfDeath: null,
    isDeleted: false,
    deletedAt: null,
  };
}

/** RoleConstants.Supplier as DtoMapper.ConvertCompactRole writes it (Altinn.AccessMgmt.PersistenceEF/Constants/RoleConstants.cs). */
export const SUPPLIER_ROLE = {
  id: "961f6ebb-ecf7-4fc6-ab5a-ca0841db4931",
  code: "supplier",
  urn: "urn:altinn:role:supplier",
  "legacyurn ": null,
  children: null,
} as const;
