import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { actAs } from "@/test/act-as";
import {
  createClientAction,
  updateClientAction,
  addClientKeyAction,
  removeClientKeyAction,
  deleteClientAction,
} from "./client-actions";
import { testPublicJwk } from "./test-support/test-public-jwk";

vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The client actions exactly as the portal defines them, called as a chosen user; only the session lookup and Next's cache are replaced.

const db = testDb();
const errors = loadMessages("nb").errors;
let editor: TSessionUser;
let viewer: TSessionUser;
let org: { id: string; orgNumber: string };
let other: { id: string; orgNumber: string };

const actionsFor = (user: TSessionUser) =>
  actAs(user, {
    create: createClientAction,
    update: updateClientAction,
    addKey: addClientKeyAction,
    removeKey: removeClientKeyAction,
    delete: deleteClientAction,
  });

const publicJwk = testPublicJwk;

const createInput = async (overrides: Record<string, unknown> = {}) => ({
  orgNumber: org.orgNumber,
  environment: "test",
  name: `App ${uniqueSuffix()}`,
  description: "Integrasjon",
  scopes: ["altinn:consentrequests.read"],
  publicJwk: await publicJwk(),
  ...overrides,
});

const changesOf = (targetId: string) =>
  db.upstreamChange.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

async function createdClient() {
  const result = await actionsFor(editor).create(await createInput());
  if (!result.ok) throw new Error(result.error.message);
  // As the worker leaves it once Maskinporten has the client.
  await db.maskinportenClient.update({
    where: { id: result.data.clientRowId },
    data: { clientId: `mp-${uniqueSuffix()}` },
  });
  return result.data.clientRowId;
}

beforeAll(async () => {
  editor = await createUser(db, { name: "Client Editor" });
  viewer = await createUser(db, { name: "Client Viewer" });
  org = await createOrganisation(db, {
    members: [
      { userId: editor.id, role: "EDITOR" },
      { userId: viewer.id, role: "VIEWER" },
    ],
  });
  other = await createOrganisation(db, { members: [] });
});

afterAll(() => db.$disconnect());

describe("Maskinporten client actions", () => {
  it("create a client with its public key and queue its creation, audited", async () => {
    const input = await createInput();
    const result = await actionsFor(editor).create(input);
    expect(result.ok).toBe(true);
    const row = await db.maskinportenClient.findFirstOrThrow({
      where: { organisationId: org.id, name: input.name },
      include: { keys: true },
    });
    expect(row).toMatchObject({ environment: "TEST", scopes: ["altinn:consentrequests.read"], clientId: null });
    expect(row.keys.map((k) => k.publicJwk)).toEqual([input.publicJwk]);
    expect(await changesOf(row.id)).toEqual([
      expect.objectContaining({
        kind: "maskinporten.client.create",
        targetType: "maskinporten-client",
        status: "PENDING",
        payload: { actingFor: org.orgNumber, clientRowId: row.id, clientId: null },
      }),
    ]);
    expect(
      await db.auditEvent.count({
        where: { organisationId: org.id, action: "maskinporten-client.create", targetId: row.id },
      }),
    ).toBe(1);
  });

  it("refuse a private key beside the key field, storing nothing", async () => {
    const name = `Private ${uniqueSuffix()}`;
    const result = await actionsFor(editor).create(
      await createInput({ name, publicJwk: { ...(await publicJwk()), d: "secret" } }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { publicJwk: [errors.fields.jwkPrivate] } },
    });
    expect(await db.maskinportenClient.count({ where: { name } })).toBe(0);
  });

  it("refuse a viewer every change", async () => {
    const name = `Viewer ${uniqueSuffix()}`;
    const viewerActions = actionsFor(viewer);
    expect(await viewerActions.create(await createInput({ name }))).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: errors.requiresRole.EDITOR },
    });
    expect(await db.maskinportenClient.count({ where: { name } })).toBe(0);
    const clientId = await createdClient();
    const reference = { orgNumber: org.orgNumber, clientId };
    expect(await viewerActions.addKey({ ...reference, publicJwk: await publicJwk() })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await viewerActions.removeKey({ ...reference, kid: "x" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await viewerActions.delete(reference)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await db.maskinportenClient.findUniqueOrThrow({ where: { id: clientId } })).toMatchObject({
      deletedAt: null,
    });
  });

  it("rotate keys: add up to five, never remove the last, each step queues the key set", async () => {
    const clientId = await createdClient();
    const actions = actionsFor(editor);
    const reference = { orgNumber: org.orgNumber, clientId };
    const [first] = await db.maskinportenClientKey.findMany({ where: { clientId } });
    expect(await actions.removeKey({ ...reference, kid: first!.kid })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: errors.clientLastKey },
    });
    for (let i = 0; i < 4; i++)
      expect((await actions.addKey({ ...reference, publicJwk: await publicJwk() })).ok).toBe(true);
    const sixth = await actions.addKey({ ...reference, publicJwk: await publicJwk() });
    expect(sixth).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: errors.clientKeyLimit.replace("{max}", "5") },
    });
    expect((await actions.removeKey({ ...reference, kid: first!.kid })).ok).toBe(true);
    expect(await db.maskinportenClientKey.count({ where: { clientId, removedAt: null } })).toBe(4);
    const kinds = (await changesOf(clientId)).map((c) => c.kind);
    expect(kinds).toEqual(["maskinporten.client.create", ...Array(5).fill("maskinporten.client.jwks.replace")]);
  });

  it("refuse a kid already used in the environment", async () => {
    const clientId = await createdClient();
    const [key] = await db.maskinportenClientKey.findMany({ where: { clientId } });
    const result = await actionsFor(editor).create(await createInput({ publicJwk: await publicJwk(key!.kid) }));
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { publicJwk: [errors.fields.jwkKidTaken] } } });
  });

  it("refuse key changes before Maskinporten has the client", async () => {
    const result = await actionsFor(editor).create(await createInput());
    if (!result.ok) throw new Error("create failed");
    const added = await actionsFor(editor).addKey({
      orgNumber: org.orgNumber,
      clientId: result.data.clientRowId,
      publicJwk: await publicJwk(),
    });
    expect(added).toMatchObject({ ok: false, error: { code: "CONFLICT", message: errors.clientNotCreatedYet } });
  });

  it("delete a client: marked deleted and its deletion queued", async () => {
    const clientId = await createdClient();
    expect((await actionsFor(editor).delete({ orgNumber: org.orgNumber, clientId })).ok).toBe(true);
    expect((await db.maskinportenClient.findUniqueOrThrow({ where: { id: clientId } })).deletedAt).not.toBeNull();
    expect((await changesOf(clientId)).at(-1)).toMatchObject({ kind: "maskinporten.client.delete" });
    expect(await actionsFor(editor).delete({ orgNumber: org.orgNumber, clientId })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });

  it("do not find another organisation's client", async () => {
    const clientId = await createdClient();
    await db.membership.create({ data: { userId: editor.id, organisationId: other.id, role: "ADMIN" } });
    const result = await actionsFor(editor).delete({ orgNumber: other.orgNumber, clientId });
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await db.maskinportenClient.findUniqueOrThrow({ where: { id: clientId } })).deletedAt).toBeNull();
  });
});
