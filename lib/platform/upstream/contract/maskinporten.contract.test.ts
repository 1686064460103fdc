import { describe, expect, it } from "vitest";
import {
  createClient,
  deleteClient,
  getClient,
  getClientJwks,
  listClients,
  replaceClientJwks,
  updateClient,
} from "../maskinporten-clients-client";
import {
  createScope,
  deactivateScope,
  getScope,
  grantScopeAccess,
  listOwnScopes,
  listScopeAccess,
  revokeScopeAccess,
  updateScope,
} from "../maskinporten-scopes-client";
import { generateTestClientKey } from "../test-support/test-upstream-config";
import { upstream } from "../upstream-context";
import { UpstreamError } from "../upstream-error";
import { contractEmulatorForTests } from "./emulator-fixture";

const SKD = "974761076";
const BANK = "313876144";
contractEmulatorForTests();

describe("Maskinporten tokens (contract)", () => {
  it("gets a token for an organisation that delegated the scope, and names the missing delegation otherwise", async () => {
    const token = await upstream().maskinporten.getToken({
      environment: "test",
      scopes: ["idporten:dcr.read"],
      consumerOrg: BANK,
    });
    expect(token.split(".")).toHaveLength(3);

    const error = await upstream()
      .maskinporten.getToken({ environment: "test", scopes: ["idporten:scopes.write"], consumerOrg: BANK })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 400, code: "invalid_scope" });
    expect((error as UpstreamError).detail).toContain("idporten:scopes.write");

    const diagnosis = await upstream().maskinporten.diagnoseDelegation({
      environment: "test",
      consumerOrg: BANK,
      scopes: ["idporten:dcr.read", "idporten:scopes.write"],
    });
    expect(diagnosis).toEqual([
      { scope: "idporten:dcr.read", ok: true },
      {
        scope: "idporten:scopes.write",
        ok: false,
        code: "invalid_scope",
        reason: expect.stringContaining("idporten:scopes.write"),
      },
    ]);
  });

  it("exchanges a Maskinporten token for an Altinn token", async () => {
    const token = await upstream().altinn.getToken({
      environment: "test",
      scopes: ["altinn:resourceregistry/resource.write"],
      consumerOrg: SKD,
    });
    expect(token.split(".")).toHaveLength(3);
  });
});

describe("Maskinporten scopes admin (contract)", () => {
  const target = { environment: "test" as const, actingFor: SKD };
  const subscope = `contract.${Date.now()}`;
  const name = `skd:${subscope}`;

  it("creates, reads, updates and lists a scope", async () => {
    const created = await createScope(target, {
      prefix: "skd",
      subscope,
      description: "Contract test",
      visibility: "PRIVATE",
    });
    expect(created).toMatchObject({ prefix: "skd", subscope, description: "Contract test" });
    expect(await getScope(target, name)).toMatchObject({ prefix: "skd", subscope });
    expect(await getScope(target, "skd:does.not.exist")).toBeNull();
    const updated = await updateScope(target, name, { description: "Updated", long_description: "Longer" });
    expect(updated).toMatchObject({ description: "Updated" });
    expect((await listOwnScopes(target)).map((s) => `${s.prefix}:${s.subscope}`)).toContain(name);
  });

  it("grants, lists and revokes a consumer's access", async () => {
    const access = await grantScopeAccess(target, name, BANK);
    if (access) expect(access).toMatchObject({ scope: name, consumer_orgno: BANK });
    expect(await listScopeAccess(target, name)).toEqual(
      expect.arrayContaining([expect.objectContaining({ scope: name, consumer_orgno: BANK })]),
    );
    await revokeScopeAccess(target, name, BANK);
    const after = await listScopeAccess(target, name);
    expect(after.filter((a) => a.consumer_orgno === BANK && a.state !== "DENIED" && a.state !== "REVOKED")).toEqual([]);
  });

  it("deactivates instead of deleting", async () => {
    await deactivateScope(target, name);
    const scope = await getScope(target, name);
    expect(scope === null || scope.active === false).toBe(true);
  });

  it("refuses a prefix the organisation does not own, with the upstream's reason", async () => {
    const error = await createScope(target, {
      prefix: "nav",
      subscope: "x.read",
      description: "x",
      visibility: "PUBLIC",
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, kind: "http" });
  });
});

describe("Maskinporten clients admin (contract)", () => {
  const target = { environment: "test" as const, actingFor: BANK };

  it("runs a client through its life cycle", async () => {
    const client = await createClient(target, { client_name: "Contract bank", description: "Test", scopes: [] });
    expect(client.client_id).toBeTruthy();
    expect(await getClient(target, client.client_id)).toMatchObject({
      client_id: client.client_id,
      client_name: "Contract bank",
    });
    expect((await listClients(target)).map((c) => c.client_id)).toContain(client.client_id);

    const updated = await updateClient(target, client.client_id, {
      client_name: "Renamed",
      description: "Test",
      scopes: [],
    });
    expect(updated.client_name).toBe("Renamed");

    const key = await generateTestClientKey();
    await replaceClientJwks(target, client.client_id, [
      key.publicJwk as Parameters<typeof replaceClientJwks>[2][number],
    ]);
    expect((await getClientJwks(target, client.client_id)).keys.map((k) => k.kid)).toEqual([key.kid]);

    await deleteClient(target, client.client_id);
    const gone = await getClient(target, client.client_id);
    expect(gone === null || gone.active === false).toBe(true);
  });
});
