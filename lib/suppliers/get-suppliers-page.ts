import "server-only";
import { lookupOrganisation } from "@/lib/platform/upstream/organisation-register-client";
import { listConsumers, listSuppliers, SUPPLIER_API_SCOPES } from "@/lib/platform/upstream/supplier-delegations-client";
import { describeUpstreamFailure } from "@/lib/platform/jobs/describe-upstream-failure";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { CONSENT_API_RESOURCES } from "./schemas";

export type TLoaded<T> = { ok: true; value: T } | { ok: false; reason: string; scope: string };

/** An upstream refusal or outage becomes a reason on the page (with the scope the portal needs); anything else throws. */
async function loaded<T>(scope: string, load: () => Promise<T>): Promise<TLoaded<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    return { ok: false, reason: describeUpstreamFailure(error).reason, scope };
  }
}

const withName = async <O extends { orgNumber: string; name: string | null }>(organisation: O) => ({
  ...organisation,
  name: organisation.name ?? (await lookupOrganisation(organisation.orgNumber))?.name ?? null,
});

/**
 * What Altinn's test environment says about the organisation's suppliers (whom it delegated to, and whether the
 * whole consent API went) and its customers (who delegated to it), read live through the supplier-delegation API.
 */
export async function getSuppliersPage(orgNumber: string) {
  const target = { environment: "test" as const, actingFor: orgNumber };
  const [suppliers, customers] = await Promise.all([
    loaded(SUPPLIER_API_SCOPES.suppliersRead, async () =>
      Promise.all(
        (await listSuppliers(target)).map(async (supplier) => ({
          ...(await withName(supplier)),
          consentApiDelegated: CONSENT_API_RESOURCES.every((resource) => supplier.resources.includes(resource)),
        })),
      ),
    ),
    loaded(SUPPLIER_API_SCOPES.consumersRead, async () => Promise.all((await listConsumers(target)).map(withName))),
  ]);
  return { suppliers, customers };
}
export type TSuppliersPage = Awaited<ReturnType<typeof getSuppliersPage>>;
