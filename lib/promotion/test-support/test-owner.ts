import { addAccessListMembers } from "@/lib/access-lists/add-access-list-members";
import { createAccessList } from "@/lib/access-lists/manage-access-list";
import { linkAccessListToResource } from "@/lib/access-lists/resource-links";
import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { publishConsentResource } from "@/lib/publishing/publish-consent-resource";
import { createScope } from "@/lib/scopes/create-scope";
import { DEFAULT_SCOPE_FIELDS, ZScopeFields } from "@/lib/scopes/schemas";
import { createConsentResource, createOrganisationWithMembers, uniqueSuffix } from "@/test/factories";
import { randomOrganisationNumber } from "@/test/identifiers";

// A fresh service owner with an administrator and an editor, and its test objects made through the portal's own
// operations, their upstream changes marked as the worker would leave them (synced).

export async function ownerWithAdminAndEditor(db: PrismaClient) {
  const s = uniqueSuffix();
  const { organisation, users } = await createOrganisationWithMembers(
    db,
    { admin: { role: "ADMIN", name: "Promotion Admin" }, editor: { role: "EDITOR", name: "Promotion Editor" } },
    { orgCode: `p${s}`, scopePrefix: `p${s}` },
  );
  const row = await db.organisation.findUniqueOrThrow({
    where: { id: organisation.id },
    select: { id: true, orgNumber: true, name: true, orgCode: true, scopePrefix: true },
  });
  return { organisation: row, users, prefix: row.scopePrefix! };
}

type TOwner = Awaited<ReturnType<typeof ownerWithAdminAndEditor>>["organisation"];

export const syncAll = (db: PrismaClient, organisationId: string) =>
  db.upstreamChange.updateMany({ where: { organisationId }, data: { status: "SYNCED" } });

export async function testScope(db: PrismaClient, organisation: TOwner, subscope: string, description = "Test") {
  const fields = ZScopeFields.parse({ ...DEFAULT_SCOPE_FIELDS, description });
  return db.$transaction((tx) => createScope({ tx, organisation, environment: "test", subscope, fields }));
}

export async function testList(db: PrismaClient, organisation: TOwner, identifier: string, members: number) {
  const orgNumbers = new Set<string>();
  while (orgNumbers.size < members) orgNumbers.add(randomOrganisationNumber());
  return db.$transaction(async (tx) => {
    const { list } = await createAccessList({
      tx,
      organisation,
      environment: "TEST",
      identifier,
      name: `List ${identifier}`,
      description: "",
    });
    await addAccessListMembers({
      tx,
      organisationId: organisation.id,
      accessListId: list.id,
      orgNumbers: [...orgNumbers],
    });
    return list;
  });
}

/** A resource referencing `scope`, published to test (restricted to `list` when given, connected to it there). */
export async function testResource(
  db: PrismaClient,
  organisation: TOwner,
  options: { identifier: string; scope: string; list?: { id: string }; consentText?: string },
) {
  const content = {
    ...definitionFor({ identifier: options.identifier, scope: options.scope }),
    accessListMode: options.list ? "Enabled" : "Disabled",
    ...(options.consentText
      ? { consentText: { nb: options.consentText, nn: options.consentText, en: options.consentText } }
      : {}),
  };
  const resource = await createConsentResource(db, {
    organisationId: organisation.id,
    identifier: options.identifier,
    content,
  });
  await db.$transaction(async (tx) => {
    if (options.list)
      await linkAccessListToResource({ tx, organisation, accessListId: options.list.id, resourceId: resource.id });
    await publishConsentResource({ tx, organisation, identifier: options.identifier, version: 1, environment: "TEST" });
  });
  return resource;
}
