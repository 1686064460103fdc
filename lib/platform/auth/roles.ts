import type { Role } from "@/lib/platform/db/create-prisma-client";

// Admin can do everything an editor can, an editor everything a viewer can.
const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export const ROLES = ["ADMIN", "EDITOR", "VIEWER"] as const satisfies readonly Role[];

export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
