import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import { addAccessListMembers } from "./add-access-list-members";
import { requireAccessList } from "./find-access-list";
import { createAccessList } from "./manage-access-list";

/**
 * Creates the prod list with the test list's identifier, name, description and members (all queued). Resource
 * links are not copied: prod has its own publications, linked separately.
 */
export async function copyAccessListToProd(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string; orgCode: string | null };
  accessListId: string;
}) {
  const { tx, organisation } = options;
  const source = await requireAccessList({ tx, organisationId: organisation.id, accessListId: options.accessListId });
  if (source.environment !== "TEST") throw conflict("accessListCopyFromTestOnly");
  const exists = await tx.accessList.findFirst({
    where: { organisationId: organisation.id, environment: "PROD", identifier: source.identifier },
    select: { id: true },
  });
  if (exists) throw conflict("accessListExistsInProd");
  const { list, changeId } = await createAccessList({
    tx,
    organisation,
    environment: "PROD",
    identifier: source.identifier,
    name: source.name,
    description: source.description,
  });
  const members = await tx.accessListMember.findMany({
    where: { accessListId: source.id },
    select: { orgNumber: true },
  });
  const { added, changeIds } = await addAccessListMembers({
    tx,
    organisationId: organisation.id,
    accessListId: list.id,
    orgNumbers: members.map((member) => member.orgNumber),
  });
  return { list, changeIds: [changeId, ...changeIds], memberCount: added.length };
}
