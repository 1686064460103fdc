import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import { connectedAccessLists } from "./connected-access-lists";
import { enqueuePublication } from "./enqueue-publication";
import { lockConsentResource } from "./lock-consent-resource";
import type { TPublishPayload } from "./publication-payload";
import type { TEnvironment } from "@/lib/platform/environment";

/**
 * Call after the access lists connected to a consent resource changed in an environment (a link, an unlink, a
 * deleted list), in the same transaction. When the resource is published there restricted to access lists, its
 * policy names those lists, so this queues the change publishing uses (`registry.resource.publish` of the version
 * published there): the portal and the registry never disagree silently about who may request consent. The
 * handler reads the connected lists when it runs, so a late or retried job cannot send a list that is gone.
 * Refuses (rolling the caller's change back) to leave such a resource with no list at all.
 */
export async function queuePolicyUpdate(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string; orgCode: string | null; name: string };
  resourceId: string;
  environment: TEnvironment;
}): Promise<{ changeId: string } | null> {
  const { tx, organisation, resourceId, environment } = options;
  await lockConsentResource(tx, resourceId);
  const publication = await tx.consentResourcePublication.findFirst({
    where: { resourceId, environment, resource: { organisationId: organisation.id } },
    select: {
      state: true,
      resource: { select: { identifier: true } },
      version: { select: { version: true, content: true } },
    },
  });
  if (publication?.state !== "PUBLISHED") return null;
  const definition = publication.version.content as unknown as TPublishPayload["definition"];
  if (definition.accessListMode !== "Enabled") return null;
  const identifier = publication.resource.identifier;
  const lists = await connectedAccessLists({
    db: tx,
    ownerOrgNumber: organisation.orgNumber,
    resourceIdentifier: identifier,
    environment,
  });
  if (lists.length === 0) throw conflict("accessListLastConnection", { identifier, environment });
  return enqueuePublication({
    tx,
    organisation,
    environment,
    identifier,
    version: publication.version.version,
    definition,
  });
}
