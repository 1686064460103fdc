/**
 * The scopes of Altinn's supplier-delegation API (Altinn/altinn-authorization-tmp
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement/AccessManagementHost.cs, SCOPE_ENDUSER_MASKINPORTEN*):
 * end-user scopes, carried by the person's login token (lib/platform/auth/login-scopes.ts).
 */
export const SUPPLIER_API_SCOPES = {
  suppliersRead: "altinn:accessmanagement/enduser:maskinportensuppliers.read",
  suppliersWrite: "altinn:accessmanagement/enduser:maskinportensuppliers.write",
  consumersRead: "altinn:accessmanagement/enduser:maskinportenconsumers.read",
} as const;
