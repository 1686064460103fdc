import { beforeAll, describe, expect, it } from "vitest";
import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import { AppError } from "@/lib/platform/errors/app-error";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { randomOrganisationNumber } from "@/test/identifiers";
import { applyDefinitions } from "./apply-definitions";
import type { TDefinitionsDocument } from "./definitions-schema";
import { exportDefinitions } from "./export-definitions";
import { parseDefinitionsDocument } from "./parse-definitions-document";
import { planDefinitions } from "./plan-definitions";
import { serializeDefinitions } from "./serialize-definitions";

// Definitions as code against a real database: a document applied through the domain operations, exported, read
// back, edited, planned and applied again.

const db = testDb();
let organisation: { id: string; orgNumber: string };
let actorId: string;
let prefix: string;
const environment = "TEST" as const;
const members = [randomOrganisationNumber(), randomOrganisationNumber()].sort();

const actor = () => ({ actorId, correlationId: crypto.randomUUID() });
const apply = (document: TDefinitionsDocument) =>
  applyDefinitions({ organisationId: organisation.id, environment, document, actor: actor() });
const plan = (document: TDefinitionsDocument) =>
  planDefinitions({ organisationId: organisation.id, environment, document });
const settleAll = () =>
  db.upstreamChange.updateMany({ where: { organisationId: organisation.id }, data: { status: "SYNCED" } });

function newDocument(): TDefinitionsDocument {
  const { identifier: _identifier, ...definition } = definitionFor({
    identifier: "x",
    scope: `${prefix}:inntekt.read`,
  });
  return {
    apiVersion: "consent-portal/v1",
    kind: "OrganisationDefinitions",
    organisation: { orgNumber: organisation.orgNumber },
    environment: "test",
    prune: false,
    scopes: [
      {
        subscope: "inntekt.read",
        description: "Inntekt",
        longDescription: "",
        visibility: "PUBLIC",
        tokenLifetimeSeconds: null,
        allowedIntegrationTypes: ["maskinporten"],
      },
    ],
    consentResources: [
      {
        identifier: `${prefix}-inntekt`,
        published: true,
        definition,
        documentation: {
          nb: { steps: "1. Be om samtykke", requiredAccess: "", contact: "post@example.org", sections: [] },
        },
      },
    ],
    accessLists: [
      { identifier: `${prefix}-banker`, name: "Banker", description: "", members, resources: [`${prefix}-inntekt`] },
    ],
  };
}

beforeAll(async () => {
  actorId = (await createUser(db, { name: "Definitions Admin" })).id;
  prefix = `d${uniqueSuffix()}`;
  const created = await createOrganisation(db, {
    orgCode: prefix,
    scopePrefix: prefix,
    members: [{ userId: actorId, role: "ADMIN" }],
  });
  organisation = created;
  const { applied } = await apply(newDocument());
  expect(applied.map((change) => `${change.action} ${change.kind}`)).toEqual([
    "create scope",
    "create consentResource",
    "create documentation",
    "create accessList",
    "create accessListMembers",
    "create resourceConnection",
  ]);
  await settleAll();
});

describe("definitions as code", () => {
  it("applies a new document through the domain operations: rows, audit events and upstream changes", async () => {
    const kinds = await db.upstreamChange.findMany({
      where: { organisationId: organisation.id },
      select: { kind: true },
    });
    expect(new Set(kinds.map((change) => change.kind))).toEqual(
      new Set([
        "maskinporten.scope.upsert",
        "registry.access-list.upsert",
        "registry.access-list.members.add",
        "registry.access-list.resource-connection.put",
        "registry.resource.publish",
      ]),
    );
    const events = await db.auditEvent.findMany({
      where: { organisationId: organisation.id },
      select: { action: true, summary: true },
    });
    expect(events.map((event) => event.action).sort()).toEqual(
      [
        "access-list.create",
        "access-list.member.import",
        "access-list.resource.link",
        "consent-resource.publish",
        "consent-resource.save",
        "documentation.save",
        "scope.create",
      ].sort(),
    );
    expect(events.every((event) => event.summary.endsWith("via definitions"))).toBe(true);
  });

  it("exports a document that reads back equal in YAML and JSON and plans no change", async () => {
    const exported = await exportDefinitions({ organisationId: organisation.id, environment });
    expect(exported).toEqual(newDocument());
    for (const format of ["yaml", "json"] as const) {
      const parsed = parseDefinitionsDocument(serializeDefinitions(exported, format));
      expect(parsed).toEqual({ ok: true, document: exported });
    }
    expect(await plan(exported)).toEqual({ changes: [] });
  });

  it("exports what the portal holds even where the import's schema refuses it, and the import names it", async () => {
    const exported = await exportDefinitions({ organisationId: organisation.id, environment });
    // A scope adopted from Maskinporten under a name the portal would not create itself.
    const held = {
      ...exported,
      scopes: [...exported.scopes, { ...exported.scopes[0]!, subscope: "adopted-with-dash" }],
    };
    const yaml = serializeDefinitions(held, "yaml");
    expect(yaml).toContain("subscope: adopted-with-dash");
    const parsed = parseDefinitionsDocument(yaml);
    expect(parsed.ok).toBe(false);
  });

  it("plans exactly an edited field, applies it with its audit event and upstream change, then plans nothing", async () => {
    const edited = await exportDefinitions({ organisationId: organisation.id, environment });
    edited.scopes[0]!.description = "Inntekt per måned";
    const { changes } = await plan(edited);
    expect(changes).toEqual([
      {
        action: "update",
        kind: "scope",
        key: "inntekt.read",
        fields: ["description"],
        summary: "Update scope inntekt.read: description",
      },
    ]);
    const correlationId = crypto.randomUUID();
    const { applied } = await applyDefinitions({
      organisationId: organisation.id,
      environment,
      document: edited,
      actor: { actorId, correlationId },
    });
    expect(applied).toEqual(changes);
    const row = await db.maskinportenScope.findFirstOrThrow({
      where: { organisationId: organisation.id, subscope: "inntekt.read" },
    });
    expect(row.description).toBe("Inntekt per måned");
    const event = await db.auditEvent.findFirstOrThrow({ where: { correlationId } });
    expect(event).toMatchObject({ action: "scope.update", targetType: "scope", targetId: row.id, actorId });
    const queued = await db.upstreamChange.findMany({ where: { organisationId: organisation.id, status: "PENDING" } });
    expect(queued.map((change) => change.kind)).toEqual(["maskinporten.scope.upsert"]);
    expect(queued[0]?.payload).toMatchObject({ scope: { description: "Inntekt per måned" } });
    expect(await plan(edited)).toEqual({ changes: [] });
    await settleAll();
  });

  it("makes a list's members what the document says and republishes a resource whose definition changed", async () => {
    const edited = await exportDefinitions({ organisationId: organisation.id, environment });
    const added = randomOrganisationNumber();
    edited.accessLists[0]!.members = [members[0]!, added];
    edited.consentResources[0]!.definition.title.en = "Income";
    const { changes } = await plan(edited);
    expect(changes.map((change) => [change.kind, change.fields])).toEqual([
      ["consentResource", ["title", "published"]],
      ["accessListMembers", ["members"]],
    ]);
    await apply(edited);
    const rows = await db.accessListMember.findMany({ where: { accessList: { organisationId: organisation.id } } });
    expect(rows.map((member) => member.orgNumber).sort()).toEqual([members[0], added].sort());
    const queued = await db.upstreamChange.findMany({ where: { organisationId: organisation.id, status: "PENDING" } });
    expect(queued.map((change) => change.kind).sort()).toEqual(
      ["registry.access-list.members.add", "registry.access-list.members.remove", "registry.resource.publish"].sort(),
    );
    expect(await plan(edited)).toEqual({ changes: [] });
    await settleAll();
  });

  it("deletes what a document leaves out only when it says prune: true", async () => {
    const document = await exportDefinitions({ organisationId: organisation.id, environment });
    const without = { ...document, accessLists: [] };
    expect((await plan(without)).changes).toEqual([]);
    const { changes } = await plan({ ...without, prune: true });
    expect(changes).toEqual([
      {
        action: "delete",
        kind: "accessList",
        key: `${prefix}-banker`,
        fields: [],
        summary: `Delete access list ${prefix}-banker`,
      },
    ]);
  });

  it("refuses a document for another organisation or environment", async () => {
    const document = await exportDefinitions({ organisationId: organisation.id, environment });
    const other = { ...document, organisation: { orgNumber: randomOrganisationNumber() } };
    await expect(plan(other)).rejects.toMatchObject({ code: "VALIDATION", messageKey: "definitionsOtherOrganisation" });
    await expect(apply(other)).rejects.toBeInstanceOf(AppError);
    await expect(plan({ ...document, environment: "prod" })).rejects.toMatchObject({
      messageKey: "definitionsOtherEnvironment",
    });
  });

  it("names a domain refusal by the object it stopped", async () => {
    const document = await exportDefinitions({ organisationId: organisation.id, environment });
    // A resource may only name the organisation's own scopes (save-consent-resource-version.ts).
    document.consentResources[0]!.definition.scopeReferences = [`${prefix}:finnes.ikke`];
    await expect(apply(document)).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "definitionsRefused",
      options: { values: { object: `consentResource ${prefix}-inntekt`, applied: 0 } },
    });
  });
});
