import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessList, deleteAccessList } from "@/lib/access-lists/manage-access-list";
import { linkAccessListToResource, unlinkAccessListFromResource } from "@/lib/access-lists/resource-links";
import { definitionFor } from "@/lib/consent-resources/test-fixtures";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { accessListUpsertJob } from "@/lib/access-lists/access-list-jobs";
import type { TUpstreamChangeForHandler } from "@/lib/platform/jobs/define-upstream-job";
import { resourcePublishJob } from "./resource-jobs";
import { listAccessLists } from "@/lib/platform/upstream/access-lists-client";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { getResourcePolicy } from "@/lib/platform/upstream/resource-registry-client";
import { createConsentResource, testDb, uniqueSuffix } from "@/test/factories";
import { publishConsentResource } from "./publish-consent-resource";

// Publishing a consent resource restricted to access lists, and changing its lists after publishing, with the
// handlers run against the emulator in-process. Acts for Skatteetaten (skd), whose registry delegations to the
// operator the emulator has built in.

const db = testDb();
const SKD = "974761076";
const target = { environment: "test" as const, actingFor: SKD };
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
let organisation: { id: string; orgNumber: string; name: string; orgCode: string; scopePrefix: string | null };

const s = uniqueSuffix();
const restricted = `skd-liste-${s}`;
const [first, second] = [`banker-${s}`, `forsikring-${s}`];
const listIds: Record<string, string> = {};

function resourceRow(identifier: string, accessListMode: "Disabled" | "Enabled") {
  const content = { ...definitionFor({ identifier, scope: "skd:inntekt.read" }), accessListMode };
  return createConsentResource(db, { organisationId: organisation.id, identifier, content });
}

const publish = (identifier: string) =>
  db.$transaction((tx) => publishConsentResource({ tx, organisation, identifier, version: 1, environment: "TEST" }));

const changeRow = async (id: string) =>
  (await db.upstreamChange.findUniqueOrThrow({ where: { id } })) as TUpstreamChangeForHandler;

/** Creates the list in the portal and in the registry (its queued upsert, run here). */
async function createList(identifier: string) {
  const { list, changeId } = await db.$transaction((tx) =>
    createAccessList({ tx, organisation, environment: "TEST", identifier, name: identifier, description: "" }),
  );
  await accessListUpsertJob.run(await changeRow(changeId));
  listIds[identifier] = list.id;
}

const link = (identifier: string, resourceId: string) =>
  db.$transaction((tx) =>
    linkAccessListToResource({ tx, organisation, accessListId: listIds[identifier]!, resourceId }),
  );
const unlink = (identifier: string, resourceId: string) =>
  db.$transaction((tx) =>
    unlinkAccessListFromResource({ tx, organisation, accessListId: listIds[identifier]!, resourceId }),
  );

/** The access lists the registry's policy lets request consent, as `{orgcode}:{list}`. */
async function policyLists(identifier: string) {
  const xml = (await getResourcePolicy(target, identifier)) ?? "";
  const rule1 = /<xacml:Rule RuleId="[^"]*:ruleid:1"[\s\S]*?<\/xacml:Rule>/.exec(xml)?.[0] ?? "";
  return [
    ...rule1.matchAll(
      />([^<]+)<\/xacml:AttributeValue>\s*<xacml:AttributeDesignator AttributeId="urn:altinn:access-list"/g,
    ),
  ].map(([, value]) => value);
}

let resourceId: string;

beforeAll(async () => {
  emulator = await startContractEmulator();
  const row = await db.organisation.upsert({
    where: { orgNumber: SKD },
    create: { orgNumber: SKD, name: "Skatteetaten", orgCode: "skd", scopePrefix: "skd" },
    update: {},
    select: { id: true, orgNumber: true, name: true, orgCode: true, scopePrefix: true },
  });
  organisation = { ...row, orgCode: row.orgCode ?? "skd" };
  resourceId = (await resourceRow(restricted, "Enabled")).id;
  await createList(first);
  await createList(second);
});

afterAll(async () => {
  await emulator?.close();
  await db.$disconnect();
});

describe("publishing a consent resource restricted to access lists", () => {
  it("is refused until a list is connected in that environment, and nothing is queued", async () => {
    const refused = await publish(restricted).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: "CONFLICT",
      messageKey: "accessListRequired",
      options: { values: { environment: "TEST" } },
    });
    expect(loadMessages("en").errors.accessListRequired).toContain("Access lists page");
    expect(await db.upstreamChange.count({ where: { targetType: "consent-resource", targetId: restricted } })).toBe(0);
    expect(await db.consentResourcePublication.count({ where: { resourceId } })).toBe(0);
  });

  it("with a list linked first, publishes a policy naming that list and connects it in the registry", async () => {
    // Linked before the resource is published: no policy to update yet.
    expect((await link(first, resourceId)).policyChangeId).toBeNull();
    const { changeId } = await publish(restricted);
    const change = await changeRow(changeId);
    // The payload carries no list: the handler reads the links when it runs.
    expect(Object.keys(change.payload as object).sort()).toEqual(["actingFor", "definition", "owner", "version"]);
    await resourcePublishJob.run(change);
    expect(await policyLists(restricted)).toEqual([`skd:${first}`]);
    const lists = await listAccessLists({ ...target, owner: "skd" }, { connectedTo: restricted });
    expect(lists.find((list) => list.identifier === first)?.resourceConnections).toEqual([
      expect.objectContaining({ resourceIdentifier: restricted }),
    ]);
  });

  it("connecting another list to the published resource queues a policy update whose XML names that list", async () => {
    const { policyChangeId } = await link(second, resourceId);
    expect(policyChangeId).toBeTruthy();
    const change = await changeRow(policyChangeId!);
    expect(change).toMatchObject({
      kind: "registry.resource.publish",
      environment: "TEST",
      targetType: "consent-resource",
      targetId: restricted,
    });
    expect(change.payload).toMatchObject({
      actingFor: SKD,
      version: 1,
      definition: { identifier: restricted, accessListMode: "Enabled" },
    });
    await resourcePublishJob.run(change);
    expect(await policyLists(restricted)).toEqual([`skd:${first}`, `skd:${second}`]);
  });

  it("disconnecting updates the policy too, and a late job for the earlier link cannot bring the list back", async () => {
    const linkedEarlier = await db.upstreamChange.findFirstOrThrow({
      where: { targetId: restricted, kind: "registry.resource.publish" },
      orderBy: { createdAt: "desc" },
    });
    const { policyChangeId } = await unlink(second, resourceId);
    expect(policyChangeId).toBeTruthy();
    await resourcePublishJob.run(await changeRow(policyChangeId!));
    expect(await policyLists(restricted)).toEqual([`skd:${first}`]);
    // The job queued when `second` was linked, retried after the unlink: it reads today's links.
    await resourcePublishJob.run(linkedEarlier as TUpstreamChangeForHandler);
    expect(await policyLists(restricted)).toEqual([`skd:${first}`]);
  });

  it("refuses to leave the published resource without a list: neither unlinking nor deleting the last one", async () => {
    await expect(unlink(first, resourceId)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "accessListLastConnection",
    });
    await expect(
      db.$transaction((tx) => deleteAccessList({ tx, organisation, accessListId: listIds[first]! })),
    ).rejects.toMatchObject({
      messageKey: "accessListLastConnection",
    });
    expect(await db.accessListResourceLink.count({ where: { accessListId: listIds[first], resourceId } })).toBe(1);
  });

  it("a resource open to every organisation gets no policy update when a list is linked", async () => {
    const open = `skd-aapen-${s}`;
    const { id } = await resourceRow(open, "Disabled");
    await publish(open);
    expect((await link(second, id)).policyChangeId).toBeNull();
  });
});

describe("publishing a consent resource whose consent text and metadata disagree", () => {
  it("is refused with the number of problems, and nothing is queued; the version stays saved", async () => {
    const identifier = `skd-uenig-${s}`;
    const definition = { ...definitionFor({ identifier, scope: "skd:inntekt.read" }), consentMetadata: [] };
    await db.consentResource.create({
      data: { organisationId: organisation.id, identifier, versions: { create: { version: 1, content: definition } } },
    });
    const refused = await publish(identifier).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: "CONFLICT",
      messageKey: "consentTextProblems",
      options: { values: { count: 3 } },
    });
    expect(await db.upstreamChange.count({ where: { targetType: "consent-resource", targetId: identifier } })).toBe(0);
    expect(await db.consentResourceVersion.count({ where: { resource: { identifier } } })).toBe(1);
  });
});
