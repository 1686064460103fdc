import "server-only";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { requireMembership } from "@/lib/platform/auth/require-membership";
import { db } from "@/lib/platform/db/prisma";
import { fromUpstreamEnv } from "@/lib/platform/environment";
import { readPortalInventory } from "./portal-inventory";
import { readSelected, type TSelectedObject } from "./read-selected";
import type { TAdoptSelected, TMissingReason } from "./schemas";

export type TPreparedAdoption = {
  objects: TSelectedObject[];
  missing: { key: string; reason: TMissingReason }[];
  readError?: unknown;
};

const NOTHING: TPreparedAdoption = { objects: [], missing: [] };

/**
 * Reads the selected objects from upstream before any transaction opens: a list of thousands of members takes many
 * pages, and no database transaction should stay open across them. Only for a member who may change the environment;
 * anyone else gets nothing read, and the action's own checks then refuse them with the usual error.
 */
export async function prepareAdoption(input: TAdoptSelected): Promise<TPreparedAdoption> {
  const user = await getSessionUser();
  if (!user) return NOTHING;
  const membership = await requireMembership({ db: db(), userId: user.id, orgNumber: input.orgNumber }).catch(
    () => null,
  );
  const environment = fromUpstreamEnv(input.environment);
  if (!membership || !canChangeEnvironment(membership.role, environment)) return NOTHING;
  const known = await readPortalInventory(db(), membership.organisation.id, environment);
  try {
    const objects = await readSelected({ ...input, environment, organisation: membership.organisation, known });
    const found = new Set(objects.map((object) => object.key));
    const inPortal = new Set([...known.scopes, ...known.resources, ...known.accessLists, ...known.clients]);
    const missing = input.keys
      .filter((key) => !found.has(key))
      .map((key) => ({ key, reason: inPortal.has(key) ? ("inPortal" as const) : ("notUpstream" as const) }));
    return { objects, missing };
  } catch (readError) {
    return { ...NOTHING, readError };
  }
}
