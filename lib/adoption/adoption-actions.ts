"use server";

import { orgAction } from "@/lib/platform/actions/safe-action";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { withPrismaErrors } from "@/lib/platform/db/map-prisma-error";
import type { TActionResult } from "@/lib/platform/errors/action-result";
import { notFound } from "@/lib/platform/errors/app-error";
import { fromUpstreamEnv } from "@/lib/platform/environment";
import { adoptObject } from "./adopt-objects";
import { alreadyInPortal } from "./adoption-errors";
import { prepareAdoption } from "./prepare-adoption";
import type { TSelectedObject } from "./read-selected";
import { type TAdoptedObject, type TAdoptionOutcome, ZAdoptSelected } from "./schemas";

// Adoption: the portal takes over objects that already exist upstream. Nothing is sent upstream. Each object is
// adopted in its own audited transaction (the action helper's), editors and up, production by the production rule
// (lib/platform/auth/production-rule.ts), as every other change there.

const TARGET_TYPES = {
  scope: "scope",
  resource: "consent-resource",
  accessList: "access-list",
  client: "maskinporten-client",
} as const;

const revalidate = (input: { orgNumber: string }) =>
  ["sync/adopt", "scopes", "resources", "access-lists", "clients"].map((page) => `/orgs/${input.orgNumber}/${page}`);

/** The action for one object read upstream (or, with none, the action that only checks the caller and refuses). */
function adoptOne(object: TSelectedObject | null, readError: unknown) {
  return orgAction({
    name: object ? `adoption.${object.kind}` : "adoption.adopt",
    schema: ZAdoptSelected,
    minimumRole: "EDITOR",
    revalidate,
    run: async ({ input, tx, organisation, role, user }) => {
      requireProductionRole({ role, environment: input.environment });
      if (readError) throw readError;
      if (!object) throw notFound("adoptionNothingUpstream");
      const adoption = {
        tx,
        organisationId: organisation.id,
        environment: fromUpstreamEnv(input.environment),
        adoptedAt: new Date(),
      };
      const { id, summary } = await withPrismaErrors(() => adoptObject(adoption, object, user.id), {
        uniqueViolation: () => alreadyInPortal(object.key),
      });
      const problems = object.kind === "resource" ? object.value.problems : [];
      const data: TAdoptedObject = { key: object.key, id, problems };
      return auditedAs(TARGET_TYPES[object.kind])(data, id, `${summary} from ${input.environment}`);
    },
  });
}

/**
 * Adopts the selected objects of one kind: reads them from upstream (outside any transaction), then adopts each in
 * its own audited transaction. Refused outright (as every action) for a caller who may not; otherwise says per object
 * what was adopted and what was not, and why.
 */
export async function adoptSelectedAction(raw: unknown): Promise<TActionResult<TAdoptionOutcome>> {
  const parsed = ZAdoptSelected.safeParse(raw);
  const prepared = parsed.success ? await prepareAdoption(parsed.data) : { objects: [], missing: [] };
  if (prepared.objects.length === 0) {
    const refused = await adoptOne(null, "readError" in prepared ? prepared.readError : undefined)(raw);
    if (!refused.ok && !(prepared.missing.length && refused.error.code === "NOT_FOUND")) return refused;
  }
  const outcome: TAdoptionOutcome = {
    adopted: [],
    failed: prepared.missing.map(({ key, reason }) => ({ key, message: null, reason })),
  };
  for (const object of prepared.objects) {
    const result = await adoptOne(object, undefined)(raw);
    if (result.ok) outcome.adopted.push(result.data);
    else outcome.failed.push({ key: object.key, message: result.error.message });
  }
  return { ok: true, data: outcome };
}
