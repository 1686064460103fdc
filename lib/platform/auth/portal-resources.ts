import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TEnv } from "@/lib/platform/config/env-schema";

// The portal's own Altinn resources, one per role: Ansattporten's `ansattporten:altinn:resource` answer names the
// resources a person holds for each chosen organisation, never actions (felleslosninger/docs,
// _docs/ansattporten/ansattporten_rar.md, "Datamodell for Altinn 3 ressurser"), so each right is its own resource.

export const ALTINN_RESOURCE_URN_PREFIX = "urn:altinn:resource:";

type TResourceConfig = Pick<
  TEnv,
  "ANSATTPORTEN_RESOURCE_ADMIN" | "ANSATTPORTEN_RESOURCE_WRITE" | "ANSATTPORTEN_RESOURCE_READ"
>;

/** A resource's id as Altinn names it inside `authorized_parties` (the URN without `urn:altinn:resource:`). */
export function resourceId(resource: string): string {
  return resource.startsWith(ALTINN_RESOURCE_URN_PREFIX) ? resource.slice(ALTINN_RESOURCE_URN_PREFIX.length) : resource;
}

/** The portal's resources with the role each grants, admin first. */
export function portalResources(config: TResourceConfig): { urn: string; id: string; role: Role }[] {
  return (
    [
      [config.ANSATTPORTEN_RESOURCE_ADMIN, "ADMIN"],
      [config.ANSATTPORTEN_RESOURCE_WRITE, "EDITOR"],
      [config.ANSATTPORTEN_RESOURCE_READ, "VIEWER"],
    ] as const
  ).map(([resource, role]) => ({
    urn: `${ALTINN_RESOURCE_URN_PREFIX}${resourceId(resource)}`,
    id: resourceId(resource),
    role,
  }));
}

/** Resource id → role, for reading a token. */
export function roleByResourceId(config: TResourceConfig): Map<string, Role> {
  return new Map(portalResources(config).map((resource) => [resource.id, resource.role]));
}
