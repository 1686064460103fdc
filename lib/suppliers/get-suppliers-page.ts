import "server-only";
import { altinnIdportenClient } from "@/lib/platform/auth/altinn-idporten-client";
import { env } from "@/lib/platform/config/env";
import { lookupOrganisation } from "@/lib/platform/upstream/organisation-register-client";
import { listConsumers, listSuppliers } from "@/lib/platform/upstream/supplier-delegations-client";
import { describeUpstreamFailure } from "@/lib/platform/jobs/describe-upstream-failure";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { personTarget, type TPersonLoginProblem } from "./person-target";
import { CONSENT_API_RESOURCES } from "./schemas";

export type TLoaded<T> = { ok: true; value: T } | { ok: false; reason: string; forbidden: boolean };

/** An upstream refusal or outage becomes a reason on the page (a 403: the person lacks the right); else throws. */
async function loaded<T>(load: () => Promise<T>): Promise<TLoaded<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    return { ok: false, reason: describeUpstreamFailure(error).reason, forbidden: error.status === 403 };
  }
}

const withName = async <O extends { orgNumber: string; name: string | null }>(organisation: O) => ({
  ...organisation,
  name: organisation.name ?? (await lookupOrganisation(organisation.orgNumber))?.name ?? null,
});

/**
 * What Altinn's test environment says about the organisation's suppliers (whom it delegated to, and whether the
 * whole consent API went) and its customers (who delegated to it), read live through the supplier-delegation API as
 * the logged-in person; `login` says why the person must connect ID-porten for Altinn first, and `connectable` whether
 * the portal has an ID-porten to connect (lib/platform/auth/altinn-idporten-client.ts).
 */
export async function getSuppliersPage(orgNumber: string) {
  const person = await personTarget(orgNumber);
  if (!person.ok) {
    const connectable = altinnIdportenClient(env()) !== null;
    return { login: person.problem as TPersonLoginProblem, connectable, suppliers: null, customers: null };
  }
  const { target } = person;
  const [suppliers, customers] = await Promise.all([
    loaded(async () =>
      Promise.all(
        (await listSuppliers(target)).map(async (supplier) => ({
          ...(await withName(supplier)),
          consentApiDelegated: CONSENT_API_RESOURCES.every((resource) => supplier.resources.includes(resource)),
        })),
      ),
    ),
    loaded(async () => Promise.all((await listConsumers(target)).map(withName))),
  ]);
  return { login: null, connectable: true, suppliers, customers };
}
export type TSuppliersPage = Awaited<ReturnType<typeof getSuppliersPage>>;
