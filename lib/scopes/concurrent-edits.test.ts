import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAccessListAction, updateAccessListAction } from "@/lib/access-lists/access-list-actions";
import {
  addClientKeyAction,
  createClientAction,
  removeClientKeyAction,
  updateClientAction,
} from "@/lib/clients/client-actions";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { generateTestClientKey } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { actAs, twoEditorsForTests } from "@/test/act-as";
import { testDb, uniqueSuffix } from "@/test/factories";
import { createScopeAction, updateScopeAction } from "./scope-actions";
import { DEFAULT_SCOPE_FIELDS } from "./schemas";
import { expectOneOfTwoSaves } from "./test-support/two-editors";

// Two editors changing one scope, access list or Maskinporten client at once, through the real actions: of two edits
// from one loaded version one is saved (and queued upstream) and the other told who saved and when
// (optimistic-edit.ts); a client's key changes are counted one after the other (own-rows.ts), so two removals cannot
// leave it without keys nor two additions pass the limit.
vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = testDb();
afterAll(() => db.$disconnect());
const errors = loadMessages("nb").errors;

const { organisation, users } = twoEditorsForTests(db);
// A service owner: access lists live under its Altinn org code, scopes under the prefix Digdir gave it.
beforeAll(() =>
  db.organisation.update({
    where: { id: organisation.id },
    data: { orgCode: `t${uniqueSuffix()}`, scopePrefix: `t${uniqueSuffix()}` },
  }),
);

/** What the changes of one target queued upstream say, oldest first. */
async function queued<T>(targetId: string, kind: string, read: (payload: never) => T): Promise<T[]> {
  const changes = await db.upstreamChange.findMany({ where: { targetId, kind }, orderBy: { sequence: "asc" } });
  return changes.map((change) => read(change.payload as never));
}

describe("two editors editing one access list", () => {
  it("saves one, refuses the other with who saved and when, and a stale version stays refused", async () => {
    const identifier = `liste-${uniqueSuffix()}`;
    const list = { orgNumber: organisation.orgNumber, description: "" };
    const created = await actAs(users.anna, { createAccessListAction }).createAccessListAction({
      ...list,
      environment: "test",
      identifier,
      name: "Banker",
    });
    if (!created.ok) throw new Error(created.error.message);
    const { accessListId } = created.data;
    await expectOneOfTwoSaves(users, {
      save: (editor, version, name) =>
        actAs(editor, { updateAccessListAction }).updateAccessListAction({ ...list, accessListId, version, name }),
      stale: "accessListStale",
      stored: async () => (await db.accessList.findUniqueOrThrow({ where: { id: accessListId } })).name,
    });
    // The create and the two saves that won: the refused save queued nothing for the registry.
    const names = await queued(`test:${identifier}`, "registry.access-list.upsert", (p: { name: string }) => p.name);
    expect(names).toEqual(["Banker", expect.stringMatching(/Redaktør 1$/), "Nytt"]);
  });
});

describe("two editors editing one scope", () => {
  it("saves one, refuses the other with who saved and when, and a stale version stays refused", async () => {
    const fields = { ...DEFAULT_SCOPE_FIELDS, orgNumber: organisation.orgNumber, description: "Inntekt" };
    const created = await actAs(users.anna, { createScopeAction }).createScopeAction({
      ...fields,
      environment: "test",
      subscope: `samme.${uniqueSuffix()}`,
    });
    if (!created.ok) throw new Error(created.error.message);
    const { scopeId, name } = created.data;
    // As the worker leaves a change once Maskinporten has it: a scope's next change waits for the last one.
    const landed = () =>
      db.upstreamChange.updateMany({ where: { targetId: `test:${name}` }, data: { status: "SYNCED" } });
    await landed();
    await expectOneOfTwoSaves(users, {
      save: (editor, version, description) =>
        actAs(editor, { updateScopeAction }).updateScopeAction({ ...fields, scopeId, version, description }),
      stale: "scopeStale",
      stored: async () => (await db.maskinportenScope.findUniqueOrThrow({ where: { id: scopeId } })).description,
      beforeSavingAgain: landed,
    });
    const descriptions = await queued(
      `test:${name}`,
      "maskinporten.scope.upsert",
      (p: { scope: { description: string } }) => p.scope.description,
    );
    expect(descriptions).toEqual(["Inntekt", expect.stringMatching(/Redaktør 1$/), "Nytt"]);
  });
});

describe("two editors changing one Maskinporten client", () => {
  const publicJwk = async () => (await generateTestClientKey(`kid-${uniqueSuffix()}`)).publicJwk;
  const clientActions = (user: TSessionUser) =>
    actAs(user, { update: updateClientAction, addKey: addClientKeyAction, removeKey: removeClientKeyAction });
  const activeKeys = (clientId: string) => db.maskinportenClientKey.findMany({ where: { clientId, removedAt: null } });

  /** A client as the worker leaves it once Maskinporten has it. */
  async function createdClient() {
    const created = await actAs(users.anna, { createClientAction }).createClientAction({
      orgNumber: organisation.orgNumber,
      environment: "test",
      name: "Banken",
      description: "",
      scopes: [],
      publicJwk: await publicJwk(),
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.clientRowId;
    await db.maskinportenClient.update({ where: { id }, data: { clientId: `mp-${uniqueSuffix()}` } });
    return { orgNumber: organisation.orgNumber, clientId: id };
  }

  it("saves one edit, refuses the other with who saved and when, and a stale version stays refused", async () => {
    const reference = await createdClient();
    await expectOneOfTwoSaves(users, {
      save: (editor, version, name) =>
        clientActions(editor).update({ ...reference, version, name, description: "", scopes: [] }),
      stale: "clientStale",
      stored: async () => (await db.maskinportenClient.findUniqueOrThrow({ where: { id: reference.clientId } })).name,
    });
  });

  it("never lets two removals at once take the last key, in each of 5 races", async () => {
    const reference = await createdClient();
    for (let round = 0; round < 5; round++) {
      expect((await clientActions(users.anna).addKey({ ...reference, publicJwk: await publicJwk() })).ok).toBe(true);
      const keys = await activeKeys(reference.clientId);
      expect(keys).toHaveLength(2);
      const results = await Promise.all(
        [users.anna, users.bjorn].map((editor, index) =>
          clientActions(editor).removeKey({ ...reference, kid: keys[index]!.kid }),
        ),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toEqual([
        { ok: false, error: expect.objectContaining({ code: "CONFLICT", message: errors.clientLastKey }) },
      ]);
      expect(await activeKeys(reference.clientId)).toHaveLength(1);
    }
  });

  it("never lets two additions at once pass the key limit", async () => {
    const reference = await createdClient();
    for (let i = 0; i < 3; i++) await clientActions(users.anna).addKey({ ...reference, publicJwk: await publicJwk() });
    const jwks = [await publicJwk(), await publicJwk()];
    const results = await Promise.all(
      [users.anna, users.bjorn].map((editor, index) =>
        clientActions(editor).addKey({ ...reference, publicJwk: jwks[index]! }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const limit = errors.clientKeyLimit.replace("{max}", "5");
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, error: expect.objectContaining({ code: "CONFLICT", message: limit }) },
    ]);
    expect(await activeKeys(reference.clientId)).toHaveLength(5);
  });
});
