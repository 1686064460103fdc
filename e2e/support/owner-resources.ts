import type { Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/platform/db/create-prisma-client";
import { definitionFor } from "../../lib/consent-resources/test-fixtures";
import { serviceOwnerMember, uniqueSuffix } from "../../test/factories";
import { sendJob, SKD } from "./access-request-journey";

// Skatteetaten's consent resources as the owner's side of a spec needs them, seeded in the portal's database.

type TDefinition = ReturnType<typeof definitionFor>;

/**
 * Skatteetaten's scope `skd:e2e.<tag><suffix>` as the portal records it in test, and a draft consent resource
 * `skd-e2e-<tag>-<suffix>` referencing it: version 1, saved by `user`, with `changes` to the usual definition.
 */
export async function draftWithOwnScope(
  db: PrismaClient,
  owner: { user: { id: string }; organisation: { id: string } },
  tag: string,
  changes: Partial<TDefinition> = {},
) {
  const suffix = uniqueSuffix();
  const subscope = `e2e.${tag}${suffix}`;
  const scope = `skd:${subscope}`;
  const organisationId = owner.organisation.id;
  await db.maskinportenScope.create({
    data: { organisationId, environment: "TEST", prefix: "skd", subscope, description: "E2E" },
  });
  const identifier = `skd-e2e-${tag}-${suffix}`;
  const definition = { ...definitionFor({ identifier, scope }), ...changes };
  await db.consentResource.create({
    data: {
      organisationId,
      identifier,
      versions: { create: { version: 1, content: definition, createdById: owner.user.id } },
    },
  });
  return { suffix, scope, identifier, definition };
}

/**
 * A Skatteetaten consent resource with one saved version; with `publishToTest`, recorded as published to test and
 * sent to the registry through the real worker (the registry only connects lists to resources it has).
 */
export async function seedSkdResource(db: PrismaClient, definition: TDefinition, options: { publishToTest: boolean }) {
  const skd = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD } });
  const { identifier } = definition;
  const resource = await db.consentResource.create({
    data: { organisationId: skd.id, identifier, versions: { create: { version: 1, content: definition } } },
    select: { id: true, versions: { select: { id: true } } },
  });
  if (!options.publishToTest) return;
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment: "TEST", versionId: resource.versions[0]!.id, state: "PUBLISHED" },
  });
  const change = await db.upstreamChange.create({
    data: {
      organisationId: skd.id,
      environment: "TEST",
      kind: "registry.resource.publish",
      targetType: "consent-resource",
      targetId: identifier,
      payload: { actingFor: SKD, owner: { orgNumber: SKD, orgCode: "skd", name: skd.name }, version: 1, definition },
    },
  });
  await sendJob(change.id);
}

/** A Skatteetaten member with `role`, logged in, and a draft resource `skd-e2e-<tag>-<suffix>` (version 1). */
export async function draftAs(
  db: PrismaClient,
  loginAs: (person: Awaited<ReturnType<typeof serviceOwnerMember>>["user"]) => Promise<void>,
  options: { role: "VIEWER" | "EDITOR"; name: string; tag: string },
) {
  const { user, organisation } = await serviceOwnerMember(db, { role: options.role, name: options.name });
  const identifier = `skd-e2e-${options.tag}-${uniqueSuffix()}`;
  await db.consentResource.create({
    data: {
      organisationId: organisation.id,
      identifier,
      versions: { create: { version: 1, content: definitionFor({ identifier }) } },
    },
  });
  await loginAs(user);
  return { identifier };
}

/**
 * Opens the resource's editor in place of its read view (issue 17, Deliver 4: the editor's code loads on demand).
 * A viewer's opener shows the form read-only: pass its label ("Show the definition form and preview").
 */
export async function openResourceEditor(page: Page, name = "Edit the definition") {
  await page.getByRole("button", { name, exact: true }).click();
}
