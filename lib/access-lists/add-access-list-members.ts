import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { validationError } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChanges } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { isValidOrganisationNumber } from "@/lib/platform/validation/organisation-number";
import { MAX_MEMBERS_PER_CALL } from "@/lib/platform/upstream/access-list-members-client";
import { accessListChangeTarget, chunk } from "./access-list-target";
import { requireAccessList } from "./find-access-list";

// Member changes: the portal's rows change in the caller's transaction, and the registry follows through one
// UpstreamChange per batch of at most MAX_MEMBERS_PER_CALL (the registry's cap of 100), so the list page can show
// "3 of 100 batches done".

type TMemberChangeInput = { tx: TTx; organisationId: string; accessListId: string; orgNumbers: readonly string[] };

function requireValid(orgNumbers: readonly string[]): string[] {
  const unique = [...new Set(orgNumbers.map((value) => value.trim()))];
  if (unique.some((value) => !isValidOrganisationNumber(value))) {
    throw validationError({ orgNumbers: ["organisationNumber"] });
  }
  return unique;
}

/** Queues member changes in batches of at most MAX_MEMBERS_PER_CALL (also drift's "push the portal's version"). */
export async function enqueueBatches(
  input: TMemberChangeInput,
  kind: "registry.access-list.members.add" | "registry.access-list.members.remove",
  orgNumbers: string[],
): Promise<string[]> {
  const list = await requireAccessList({
    tx: input.tx,
    organisationId: input.organisationId,
    accessListId: input.accessListId,
  });
  // One statement for all the batches' rows and one for their jobs, however large the import.
  const { changeIds } = await enqueueUpstreamChanges({
    tx: input.tx,
    changes: chunk(orgNumbers, MAX_MEMBERS_PER_CALL).map((batch) => ({
      organisationId: input.organisationId,
      environment: list.environment,
      kind,
      ...accessListChangeTarget(list.environment, list.identifier),
      payload: {
        actingFor: list.organisation.orgNumber,
        owner: list.organisation.orgCode,
        listIdentifier: list.identifier,
        orgNumbers: batch,
      },
    })),
  });
  return changeIds;
}

/** Which of these numbers are on the list already. */
async function membersAmong(input: TMemberChangeInput, orgNumbers: string[]): Promise<string[]> {
  const existing = await input.tx.accessListMember.findMany({
    where: { accessListId: input.accessListId, orgNumber: { in: orgNumbers } },
    select: { orgNumber: true },
  });
  return existing.map((member) => member.orgNumber);
}

/** Adds the organisations that are not members yet; already-present numbers are neither inserted nor sent. */
export async function addAccessListMembers(
  input: TMemberChangeInput,
): Promise<{ added: string[]; changeIds: string[] }> {
  const orgNumbers = requireValid(input.orgNumbers);
  await requireAccessList({ tx: input.tx, organisationId: input.organisationId, accessListId: input.accessListId });
  const added: string[] = [];
  // createMany + skipDuplicates cannot say which rows were new, so ask first; the unique index settles races.
  for (const batch of chunk(orgNumbers, 5_000)) {
    const present = new Set(await membersAmong(input, batch));
    const fresh = batch.filter((orgNumber) => !present.has(orgNumber));
    await input.tx.accessListMember.createMany({
      data: fresh.map((orgNumber) => ({ accessListId: input.accessListId, orgNumber })),
      skipDuplicates: true,
    });
    added.push(...fresh);
  }
  if (added.length === 0) return { added, changeIds: [] };
  return { added, changeIds: await enqueueBatches(input, "registry.access-list.members.add", added) };
}

/** Removes the organisations that are members; numbers not on the list are ignored. */
export async function removeAccessListMembers(
  input: TMemberChangeInput,
): Promise<{ removed: string[]; changeIds: string[] }> {
  const orgNumbers = [...new Set(input.orgNumbers.map((value) => value.trim()))];
  await requireAccessList({ tx: input.tx, organisationId: input.organisationId, accessListId: input.accessListId });
  const removed: string[] = [];
  for (const batch of chunk(orgNumbers, 5_000)) {
    const present = await membersAmong(input, batch);
    await input.tx.accessListMember.deleteMany({
      where: { accessListId: input.accessListId, orgNumber: { in: present } },
    });
    removed.push(...present);
  }
  if (removed.length === 0) return { removed, changeIds: [] };
  return { removed, changeIds: await enqueueBatches(input, "registry.access-list.members.remove", removed) };
}
