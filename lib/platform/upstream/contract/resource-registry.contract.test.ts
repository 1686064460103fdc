import { describe, expect, it } from "vitest";
import {
  listAccessListMembers,
  memberOrgNumber,
  removeAccessListMembers,
  replaceAccessListMembers,
  TooManyMembersError,
} from "../access-list-members-client";
import {
  deleteAccessList,
  deleteResourceConnection,
  getAccessList,
  isResourceNotInRegistry,
  listAccessLists,
  putResourceConnection,
  upsertAccessList,
} from "../access-lists-client";
import { addMembersInBatches, type BatchProgress } from "../access-list-members-in-batches";
import {
  createResource,
  deleteResource,
  getResource,
  getResourcePolicy,
  listResources,
  putResourcePolicy,
  ResourceExistsError,
  ScopePrefixError,
  updateResource,
} from "../resource-registry-client";
import { UpstreamError } from "../upstream-error";
import { consentPolicy, consentResource, texts } from "./consent-resource-fixture";
import { contractEmulatorForTests, validOrgNumbers } from "./emulator-fixture";

const SKD = "974761076";
const target = { environment: "test" as const, actingFor: SKD };
const lists = { ...target, owner: "skd" };
const emulator = contractEmulatorForTests();

describe("Resource Registry resources (contract)", () => {
  const id = `contract-resource-${Date.now()}`;

  it("creates a consent resource, refuses a duplicate with a typed conflict, reads, updates and deletes it", async () => {
    await createResource(target, consentResource(id));
    const duplicate = await createResource(target, consentResource(id)).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(ResourceExistsError);
    expect(duplicate).toMatchObject({ status: 409, identifier: id });

    expect(await getResource(target, id)).toMatchObject({
      identifier: id,
      resourceType: "Consent",
      consentMetadata: { inntektsaar: { optional: false } },
    });
    expect((await listResources(target)).map((r) => r.identifier)).toContain(id);

    await updateResource(target, { ...consentResource(id), title: texts("Nytt navn") });
    expect((await getResource(target, id))?.title).toEqual(texts("Nytt navn"));

    await putResourcePolicy(target, id, consentPolicy(id, "313876144"));
    expect(await getResourcePolicy(target, id)).toContain("requestconsent");

    await deleteResource(target, id);
    expect(await getResource(target, id)).toBeNull();
  });

  it("refuses a scope reference with another organisation's prefix as a ScopePrefixError (401 InvalidPrefix), not an auth failure", async () => {
    const resource = {
      ...consentResource(`${id}-nav`),
      resourceReferences: [
        { referenceSource: "Default", reference: "nav:inntekt.read", referenceType: "MaskinportenScope" },
      ],
    };
    const error = await createResource(target, resource).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScopePrefixError);
    expect(error).toMatchObject({ status: 401, retryable: false, scopes: ["nav:inntekt.read"] });
  });

  it("reports the registry's validation problem with field errors", async () => {
    const error = await createResource(target, {
      ...consentResource("app_reserved"),
      title: { nb: "bare bokmål" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 400, kind: "http" });
    expect(Object.keys((error as UpstreamError).fieldErrors ?? {}).length).toBeGreaterThan(0);
  });
});

describe("Resource Registry access lists (contract)", () => {
  const id = `contract-list-${Date.now()}`;
  const resourceId = `contract-listed-${Date.now()}`;

  it("creates a list and reads it back with its ETag", async () => {
    const created = await upsertAccessList(lists, id, { name: "Banker", description: "Godkjente banker" });
    expect(created.value).toMatchObject({ identifier: id, name: "Banker" });
    expect(created.etag).toBeTruthy();
    const read = await getAccessList(lists, id);
    expect(read).toMatchObject({ value: { identifier: id }, etag: created.etag });
    expect(await getAccessList(lists, "does-not-exist")).toBeNull();

    // If-Match is optional; a version that is no longer current (here: before a rename) gets 412.
    const renamed = await upsertAccessList(lists, id, { name: "Banker (omdøpt)", description: "Godkjente banker" });
    expect(renamed.etag).not.toBe(created.etag);
    const stale = await upsertAccessList(lists, id, { name: "x" }, created.etag ?? undefined).catch((e: unknown) => e);
    expect(stale).toMatchObject({ status: 412 });
  });

  it("adds 250 members in batches of 100, surviving a concurrent edit (412) on the way", async () => {
    const orgNumbers = validOrgNumbers(250);
    const progress: BatchProgress[] = [];
    let { etag } = (await getAccessList(lists, id))!;
    const result = await addMembersInBatches({
      ...lists,
      listId: id,
      orgNumbers,
      ifMatch: etag ?? undefined,
      onProgress: async (p) => {
        progress.push(p);
        // Someone renames the list between our batches: our ETag goes stale.
        if (p.batch === 1) await upsertAccessList(lists, id, { name: "Banker (renamed)" });
      },
    });
    expect(progress.map((p) => [p.done, p.batch, p.batches])).toEqual([
      [100, 1, 3],
      [200, 2, 3],
      [250, 3, 3],
    ]);
    etag = (await getAccessList(lists, id))!.etag;
    expect(result.etag).toBe(etag);

    const members = await listAccessListMembers(lists, id);
    expect(members.map(memberOrgNumber).sort()).toEqual([...orgNumbers].sort());

    // The second batch met the stale ETag once, re-read the list and went through.
    const state = (await emulator.control("GET", "/_emulator/state")) as {
      requests: { method: string; path: string; status: number | null }[];
    };
    const memberPosts = state.requests.filter(
      (r) => r.method === "POST" && r.path.endsWith(`/access-lists/skd/${id}/members`),
    );
    expect(memberPosts.map((r) => r.status)).toEqual([200, 412, 200, 200]);
  });

  it("refuses more than 100 members per call before sending", async () => {
    await expect(replaceAccessListMembers(lists, id, validOrgNumbers(101))).rejects.toBeInstanceOf(TooManyMembersError);
    expect(await listAccessListMembers(lists, id)).toHaveLength(250);
  });

  it("removes and replaces members, returning the new ETag", async () => {
    const [first, second] = validOrgNumbers(2);
    const removed = await removeAccessListMembers(lists, id, [first!]);
    expect(removed.etag).toBeTruthy();
    const replaced = await replaceAccessListMembers(lists, id, [second!], removed.etag ?? undefined);
    expect(replaced.etag).not.toBe(removed.etag);
    expect((await listAccessListMembers(lists, id)).map(memberOrgNumber)).toEqual([second]);
  });

  it("connects the list to a resource and lists it with its connections", async () => {
    await createResource(target, { ...consentResource(resourceId), accessListMode: "Enabled" });
    await putResourceConnection(lists, id, resourceId, ["requestconsent"]);
    const all = await listAccessLists(lists, { connectedTo: resourceId });
    const mine = all.find((list) => list.identifier === id);
    expect(mine?.resourceConnections).toEqual([
      expect.objectContaining({ resourceIdentifier: resourceId, actionFilters: ["requestconsent"] }),
    ]);
    await deleteResourceConnection(lists, id, resourceId);
    expect(
      (await listAccessLists(lists, { connectedTo: resourceId })).find((list) => list.identifier === id)
        ?.resourceConnections ?? [],
    ).toEqual([]);
  });

  it("refuses to connect a list to a resource the registry does not have (400 RR-00002)", async () => {
    const error = await putResourceConnection(lists, id, `${resourceId}-missing`, ["requestconsent"]).catch(
      (e: unknown) => e,
    );
    expect(isResourceNotInRegistry(error)).toBe(true);
  });

  it("pages through many lists, 20 a page, and deletes one; deleting it again is done too", async () => {
    for (let i = 0; i < 22; i++)
      await upsertAccessList(lists, `${id}-extra-${String(i).padStart(2, "0")}`, { name: `Extra ${i}` });
    const identifiers = (await listAccessLists(lists)).map((list) => list.identifier);
    expect(identifiers.length).toBeGreaterThan(20);
    expect(identifiers).toEqual(expect.arrayContaining([id, `${id}-extra-00`, `${id}-extra-21`]));
    await deleteAccessList(lists, `${id}-extra-00`);
    expect(await getAccessList(lists, `${id}-extra-00`)).toBeNull();
    await expect(deleteAccessList(lists, `${id}-extra-00`)).resolves.toBeUndefined();
  });
});
