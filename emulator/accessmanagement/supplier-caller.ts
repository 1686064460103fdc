import { requireConsentCaller } from "../consent/require-consent-caller";
import { BareStatus, ModelBindingError } from "../consent/http-results";
import { AltinnProblem, problem } from "../consent/problem-details";
import { organisationName } from "../orgs/org-register";
import { partyOfOrg } from "../registry/party-identifiers";
import type { RouteContext } from "../registry/router";
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

/**
 * Authorises a call as MaskinportenSuppliersController/MaskinportenConsumersController do (Altinn/altinn-authorization-tmp
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Api.Enduser/Controllers/): the policy's scope (or
 * altinn:portal/enduser), then EndUserResourceAccessRequirement ("read"/"write" on `altinn_maskinporten_scope_delegation`
 * for the `party`). Deviation (emulator/README.md): Altinn wants a person's Altinn token and asks its decision point
 * whether that person may administer the party's delegations; the emulator takes an organisation's token (Maskinporten,
 * or exchanged Altinn) and lets the organisation act for its own party only. Authorisation filters run before model
 * binding, so a missing or malformed `party` is the decision point's 403 (it names no party), never the binder's 400.
 * 401/403 come without a body.
 */
export async function requirePartyCaller(context: RouteContext, scope: string): Promise<{ orgNumber: string }> {
  const caller = await requireConsentCaller(context.req, context.env, [SCOPE_PORTAL_ENDUSER, scope]);
  const raw = context.query.get("party") ?? "";
  if (!GUID.test(raw) || raw.toLowerCase() !== partyOfOrg(caller.orgNumber).partyUuid)
    throw new BareStatus(403, "the token's organisation may not administer this party's Maskinporten delegations");
  return { orgNumber: caller.orgNumber };
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
