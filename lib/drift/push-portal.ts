import "server-only";
import { enqueueBatches } from "@/lib/access-lists/add-access-list-members";
import { enqueueListChange } from "@/lib/access-lists/manage-access-list";
import { enqueueClientChange } from "@/lib/clients/enqueue-client-change";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import { enqueueScopeDeactivation, enqueueScopeUpsert } from "@/lib/scopes/enqueue-scope-change";
import { scopeSelect, toScope } from "@/lib/scopes/scope-dto";
import { enqueueUpstreamChange } from "@/lib/upstream-jobs/enqueue-upstream-change";
import { enqueuePublication } from "@/lib/publishing/enqueue-publication";
import { resourceOwner } from "@/lib/publishing/load-resource-for-publishing";
import { RESOURCE_TARGET_TYPE } from "@/lib/publishing/publication-payload";
import type { TDriftOrganisation } from "./check-context";
import type { TOpenFinding } from "./open-finding";

// "Push the portal's version": the same upstream changes the portal's own edits queue, in the caller's transaction,
// so the worker sends them; the finding is "on its way" until a check finds both sides agree.

type TPush = { tx: TTx; organisation: TDriftOrganisation; finding: TOpenFinding };

async function pushScope({ tx, organisation, finding }: TPush) {
  const scope = toScope(
    await tx.maskinportenScope.findUniqueOrThrow({ where: { id: finding.objectId }, select: scopeSelect }),
  );
  await enqueueScopeUpsert({ tx, organisation, scope });
  if (!scope.active) await enqueueScopeDeactivation({ tx, organisation, scope });
}

async function pushResource({ tx, organisation, finding }: TPush) {
  const publication = await tx.consentResourcePublication.findUniqueOrThrow({
    where: { resourceId_environment: { resourceId: finding.objectId, environment: finding.environment } },
    select: {
      state: true,
      resource: { select: { identifier: true } },
      version: { select: { version: true, content: true } },
    },
  });
  const common = {
    tx,
    organisation,
    environment: finding.environment as TEnvironment,
    identifier: publication.resource.identifier,
  };
  const definition = publication.version.content as Parameters<typeof enqueuePublication>[0]["definition"];
  await enqueuePublication({ ...common, version: publication.version.version, definition });
  if (publication.state === "WITHDRAWN") {
    await enqueueUpstreamChange({
      tx,
      organisationId: organisation.id,
      environment: common.environment,
      kind: "registry.resource.withdraw",
      targetType: RESOURCE_TARGET_TYPE,
      targetId: common.identifier,
      payload: {
        actingFor: organisation.orgNumber,
        owner: resourceOwner(organisation),
        version: publication.version.version,
        definition,
      },
    });
  }
}

/** The list itself, its members as the portal has them (added where the registry lacks them, removed where only the registry has them), and its connections. */
async function pushAccessList({ tx, organisation, finding }: TPush) {
  const list = await tx.accessList.findUniqueOrThrow({
    where: { id: finding.objectId },
    include: { resourceLinks: { select: { resource: { select: { identifier: true } } } } },
  });
  await enqueueListChange(tx, organisation, list, { kind: "registry.access-list.upsert" });
  const portal = new Set(
    (await tx.accessListMember.findMany({ where: { accessListId: list.id }, select: { orgNumber: true } })).map(
      (m) => m.orgNumber,
    ),
  );
  const members = finding.fields.members;
  const listed = (value: unknown) => (Array.isArray(value) ? value : []);
  // Deleted upstream: every member goes again; otherwise only the differences the check found.
  const add = finding.deletedUpstream
    ? [...portal]
    : listed(members?.portal).filter((orgNumber) => portal.has(orgNumber));
  const remove = finding.deletedUpstream ? [] : listed(members?.upstream).filter((orgNumber) => !portal.has(orgNumber));
  const input = { tx, organisationId: organisation.id, accessListId: list.id, orgNumbers: [] };
  if (add.length) await enqueueBatches(input, "registry.access-list.members.add", add);
  if (remove.length) await enqueueBatches(input, "registry.access-list.members.remove", remove);
  const linked = new Set(list.resourceLinks.map((link) => link.resource.identifier));
  for (const resourceIdentifier of linked) {
    await enqueueListChange(tx, organisation, list, {
      kind: "registry.access-list.resource-connection.put",
      resourceIdentifier,
    });
  }
  // Connections only the registry has (`{identifier} ({filters})`, compare-access-list.ts) are taken away.
  for (const label of listed(finding.fields.connections?.upstream)) {
    const resourceIdentifier = label.replace(/ \([^)]*\)$/, "");
    if (!linked.has(resourceIdentifier))
      await enqueueListChange(tx, organisation, list, {
        kind: "registry.access-list.resource-connection.delete",
        resourceIdentifier,
      });
  }
}

/** Settings and keys as the row has them; a client Maskinporten no longer has is created again (a new client id). */
async function pushClient({ tx, organisation, finding }: TPush) {
  const row = await tx.maskinportenClient.findUniqueOrThrow({ where: { id: finding.objectId } });
  const client = { id: row.id, environment: row.environment as TEnvironment, clientId: row.clientId };
  if (finding.deletedUpstream) {
    await tx.maskinportenClient.update({ where: { id: row.id }, data: { clientId: null } });
    await enqueueClientChange({
      tx,
      organisation,
      client: { ...client, clientId: null },
      kind: "maskinporten.client.create",
    });
    return;
  }
  await enqueueClientChange({ tx, organisation, client, kind: "maskinporten.client.update" });
  await enqueueClientChange({ tx, organisation, client, kind: "maskinporten.client.jwks.replace" });
}

const PUSHES = {
  scope: pushScope,
  "consent-resource": pushResource,
  "access-list": pushAccessList,
  "maskinporten-client": pushClient,
};

export async function pushPortal(options: TPush): Promise<void> {
  await PUSHES[options.finding.objectType as keyof typeof PUSHES](options);
}
