import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { validationError } from "@/lib/platform/errors/app-error";
import { enqueueUpstreamChanges } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { isValidOrganisationNumber } from "@/lib/platform/validation/organisation-number";
import { MAX_MEMBERS_PER_CALL } from "@/lib/platform/upstream/access-list-members-client";
import { accessListChangeTarget, chunk } from "./access-list-target";
import { requireAccessList } from "./find-access-list";

// Member changes: the portal's rows change in the caller's transaction, and the registry follows through one
// UpstreamChange per batch of at most MAX_MEMBERS_PER_CALL (the registry refuses more than 100 members in one PUT,
// POST or DELETE: Altinn/altinn-resource-registry src/Altinn.ResourceRegistry/Controllers/AccessListsController.cs),
// so the list page can show "3 of 100 batches done".

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

/**
 * Inserts the numbers not on the list yet and answers those it inserted, in one statement however many there are: a
 * 10,000-number import was two reads and two createMany of 5,000 rows each (~1 s of the import's commit on a 2-core
 * machine). ON CONFLICT leaves present members alone, and RETURNING names exactly the rows this transaction inserted,
 * so two imports of one number at once send it once (the second waits for the first's row, then skips it).
 */
async function insertNewMembers(input: TMemberChangeInput, orgNumbers: string[]): Promise<Set<string>> {
  const rows = await input.tx.$queryRaw<{ orgNumber: string }[]>`
    INSERT INTO "AccessListMember" ("id", "accessListId", "orgNumber")
    SELECT gen_random_uuid(), ${input.accessListId}::uuid, number FROM unnest(${orgNumbers}::text[]) AS number
    ON CONFLICT ("accessListId", "orgNumber") DO NOTHING
    RETURNING "orgNumber"`;
  return new Set(rows.map((row) => row.orgNumber));
}

/** Deletes those of the numbers that are members and answers them, in one statement. */
async function deleteMembers(input: TMemberChangeInput, orgNumbers: string[]): Promise<Set<string>> {
  const rows = await input.tx.$queryRaw<{ orgNumber: string }[]>`
    DELETE FROM "AccessListMember"
    WHERE "accessListId" = ${input.accessListId}::uuid AND "orgNumber" = ANY(${orgNumbers}::text[])
    RETURNING "orgNumber"`;
  return new Set(rows.map((row) => row.orgNumber));
}

/** Adds the organisations that are not members yet; already-present numbers are neither inserted nor sent. */
export async function addAccessListMembers(
  input: TMemberChangeInput,
): Promise<{ added: string[]; changeIds: string[] }> {
  const orgNumbers = requireValid(input.orgNumbers);
  await requireAccessList({ tx: input.tx, organisationId: input.organisationId, accessListId: input.accessListId });
  const inserted = await insertNewMembers(input, orgNumbers);
  const added = orgNumbers.filter((orgNumber) => inserted.has(orgNumber)); // in the order given
  if (added.length === 0) return { added, changeIds: [] };
  return { added, changeIds: await enqueueBatches(input, "registry.access-list.members.add", added) };
}

/** Removes the organisations that are members; numbers not on the list are ignored. */
export async function removeAccessListMembers(
  input: TMemberChangeInput,
): Promise<{ removed: string[]; changeIds: string[] }> {
  const orgNumbers = [...new Set(input.orgNumbers.map((value) => value.trim()))];
  await requireAccessList({ tx: input.tx, organisationId: input.organisationId, accessListId: input.accessListId });
  const deleted = await deleteMembers(input, orgNumbers);
  const removed = orgNumbers.filter((orgNumber) => deleted.has(orgNumber));
  if (removed.length === 0) return { removed, changeIds: [] };
  return { removed, changeIds: await enqueueBatches(input, "registry.access-list.members.remove", removed) };
}
