/**
 * Resources of type MaskinportenSchema: what Altinn's supplier-delegation API delegates. Each names the Maskinporten
 * scopes a delegation of it lets the supplier use with `consumer_org` (a resource's `resourceReferences` of type
 * `MaskinportenScope` in the Resource Registry). MaskinportenSupplierService.GetResourceByRefId refuses a refId that is
 * unknown (AM-00027) or not of this type (Altinn/altinn-authorization-tmp
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessMgmt.Core/Services/MaskinportenSupplierService.cs).
 *
 * The refIds of Altinn's own consent-API resources are not in Altinn's public source; these two are the emulator's
 * names for them, one per consent-API scope (emulator/README.md says so).
 */
export const MASKINPORTEN_SCHEMA_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  "altinn-consentrequests-read": ["altinn:consentrequests.read"],
  "altinn-consentrequests-write": ["altinn:consentrequests.write"],
};

export function scopesOfResource(refId: string): readonly string[] | undefined {
  return Object.hasOwn(MASKINPORTEN_SCHEMA_RESOURCES, refId) ? MASKINPORTEN_SCHEMA_RESOURCES[refId] : undefined;
}
