import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import { addMember } from "./add-member";

/** Registers an organisation in the portal with its first administrator. */
export async function registerOrganisation(options: {
  tx: TTx;
  orgNumber: string;
  name: string;
  orgCode: string | null;
  scopePrefix: string | null;
  firstAdminNationalIdentityNumber: string;
}): Promise<{ organisationId: string }> {
  const { tx, firstAdminNationalIdentityNumber, ...organisation } = options;
  const clash = await tx.organisation.findFirst({
    where: {
      OR: [
        { orgNumber: organisation.orgNumber },
        ...(organisation.orgCode ? [{ orgCode: organisation.orgCode }] : []),
        ...(organisation.scopePrefix ? [{ scopePrefix: organisation.scopePrefix }] : []),
      ],
    },
    select: { orgNumber: true, orgCode: true },
  });
  if (clash?.orgNumber === organisation.orgNumber) throw conflict("organisationExists");
  if (clash) throw conflict("orgCodeOrPrefixTaken");
  const created = await tx.organisation.create({ data: organisation, select: { id: true } });
  await addMember({
    tx,
    organisationId: created.id,
    nationalIdentityNumber: firstAdminNationalIdentityNumber,
    role: "ADMIN",
  });
  return { organisationId: created.id };
}
