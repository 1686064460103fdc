"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { lookupOrganisation } from "@/lib/platform/upstream/organisation-register-client";
import { addSupplier, removeSupplier } from "@/lib/platform/upstream/supplier-delegations-client";
import { AppError, validationError } from "@/lib/platform/errors/app-error";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { personTarget } from "./person-target";
import { CONSENT_API_RESOURCES, ZSupplierChange } from "./schemas";

// A consumer names a supplier and delegates the consent API to it in Altinn (test), or takes it back, as the logged-in
// person (their Altinn token: Altinn decides whether they may). Altinn holds the delegation; the portal keeps no copy,
// so the page always shows what Altinn says.

// Both change what the organisation lets another do in Altinn: administrators only.
const supplierChange = {
  schema: ZSupplierChange,
  minimumRole: "ADMIN",
  revalidate: (input: { orgNumber: string }) => [`/orgs/${input.orgNumber}/suppliers`],
} as const;

/**
 * Runs a change in Altinn as the logged-in person: without a usable login token, the person must log in again (the
 * page then offers it); Altinn's decision point refusing the person (403) is said as such.
 */
async function asPerson(orgNumber: string, change: (target: Parameters<typeof removeSupplier>[0]) => Promise<void>) {
  const person = await personTarget(orgNumber);
  if (!person.ok) throw new AppError("FORBIDDEN", "suppliers.loginRequired");
  try {
    await change(person.target);
  } catch (error) {
    if (isUpstreamError(error) && error.status === 403) throw new AppError("FORBIDDEN", "suppliers.altinnRefused");
    throw error;
  }
}

/** Names the supplier (an organisation Enhetsregisteret knows) and delegates the consent API resources to it. */
export const addSupplierAction = orgAction({
  name: "supplier.add",
  ...supplierChange,
  run: async ({ input, organisation }) => {
    const supplier = await lookupOrganisation(input.supplierOrgNumber);
    if (!supplier) throw validationError({ supplierOrgNumber: ["supplierUnknown"] });
    await asPerson(organisation.orgNumber, (target) => addSupplier(target, supplier.orgNumber, CONSENT_API_RESOURCES));
    const summary = `Delegated the consent API in test to supplier ${supplier.name} (${supplier.orgNumber})`;
    return auditedAs("supplier")({ supplier }, supplier.orgNumber, summary);
  },
});

/** Removes the supplier and everything delegated to it (Altinn's `cascade=true`). */
export const removeSupplierAction = orgAction({
  name: "supplier.remove",
  ...supplierChange,
  run: async ({ input, organisation }) => {
    await asPerson(organisation.orgNumber, (target) => removeSupplier(target, input.supplierOrgNumber));
    const summary = `Revoked supplier ${input.supplierOrgNumber}'s access to the consent API in test`;
    return auditedAs("supplier")(null, input.supplierOrgNumber, summary);
  },
});
