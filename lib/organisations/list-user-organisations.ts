import "server-only";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { userMemberships } from "@/lib/platform/auth/user-memberships";

export type TUserOrganisation = { orgNumber: string; name: string; role: Role };

/**
 * The organisations a user belongs to (active memberships), by name, for the header switcher and the start page: the
 * request's one read of the user's memberships (lib/platform/auth/user-memberships.ts).
 */
export async function listUserOrganisations(options: { userId: string }): Promise<TUserOrganisation[]> {
  return (await userMemberships(options.userId)).map(({ organisation, role }) => ({
    orgNumber: organisation.orgNumber,
    name: organisation.name,
    role,
  }));
}
