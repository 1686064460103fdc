import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { newClientKey, type ClientKey, TestMaskinportenClient } from "../test-support/maskinporten-client";

const SKD = "974761076";
let emulator: RunningEmulator;
let operatorKey: ClientKey;
let operator: TestMaskinportenClient;

beforeAll(async () => {
  operatorKey = await newClientKey();
  const file = join(mkdtempSync(join(tmpdir(), "emulator-operator-")), "jwks.json");
  writeFileSync(file, JSON.stringify({ keys: [operatorKey.publicJwk] }));
  emulator = await startEmulator({ port: 0, env: { EMULATOR_OPERATOR_JWKS_FILE_TEST: file } });
  operator = new TestMaskinportenClient(emulator.url, "test", "consent-portal-operator-test", operatorKey);
});
afterAll(() => emulator?.close());

const control = (method: string, path: string, body?: unknown) =>
  fetch(`${emulator.url}/_emulator${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });

describe("control endpoints", () => {
  it("bootstraps the operator client from configuration, only where a key file is set", async () => {
    await expect(
      operator.accessToken("idporten:scopes.write", { claims: { consumer_org: SKD } }),
    ).resolves.toBeTruthy();
    const prod = new TestMaskinportenClient(emulator.url, "prod", "consent-portal-operator-prod", operatorKey);
    const refused = await prod.tokenResponse(await prod.assertion("idporten:scopes.write"));
    expect(((await refused.json()) as { error: string }).error).toBe("invalid_client");
  });

  it("adds and removes delegations, and reset restores the built-in data", async () => {
    const delegation = { env: "test", consumerOrg: SKD, supplierOrg: "991825827", scopes: ["idporten:scopes.write"] };
    expect((await control("DELETE", "/delegations", delegation)).status).toBe(200);
    const refused = await operator.tokenResponse(
      await operator.assertion("idporten:scopes.write", { claims: { consumer_org: SKD } }),
    );
    expect(((await refused.json()) as { error_description: string }).error_description).toMatch(/not been delegated/);

    const token = await operator.accessToken("idporten:scopes.write");
    const created = await fetch(`${emulator.url}/test/maskinporten-admin/api/v1/scopes`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ prefix: "digdir", subscope: "reset.test", description: "Gone after reset" }),
    });
    expect(created.status).toBe(201);

    expect((await control("POST", "/reset")).status).toBe(200);
    await expect(
      operator.accessToken("idporten:scopes.write", { claims: { consumer_org: SKD } }),
    ).resolves.toBeTruthy();
    const state = (await (await control("GET", "/state")).json()) as {
      maskinporten: { test: { scopes: Array<{ name: string }>; clients: Array<{ client_id: string }> } };
    };
    const names = state.maskinporten.test.scopes.map((scope) => scope.name);
    expect(names).toContain("altinn:consentrequests.write");
    expect(names).not.toContain("digdir:reset.test");
    expect(state.maskinporten.test.clients.map((client) => client.client_id)).toEqual(["consent-portal-operator-test"]);
  });

  it("logs requests without tokens in the state dump", async () => {
    await control("POST", "/reset");
    await fetch(`${emulator.url}/brreg/enhetsregisteret/api/enheter/313876144?access_token=secret`);
    await operator.accessToken("idporten:scopes.write");
    const state = (await (await control("GET", "/state")).json()) as { requests: Array<Record<string, unknown>> };
    expect(state.requests).toEqual([
      expect.objectContaining({
        env: null,
        method: "GET",
        path: "/brreg/enhetsregisteret/api/enheter/313876144?access_token=%5Bredacted%5D",
        status: 200,
      }),
      expect.objectContaining({ env: "test", method: "POST", path: "/test/maskinporten/token", status: 200 }),
    ]);
    expect(JSON.stringify(state.requests)).not.toContain("secret");
  });

  it("appends fault rules with POST and replaces them with PUT", async () => {
    await control("PUT", "/faults", { rules: [{ path: "^/a$", status5xxRate: 1 }] });
    await control("POST", "/faults", { rules: [{ path: "^/b$", status5xxRate: 1, remaining: 1 }] });
    expect(((await (await control("GET", "/faults")).json()) as { path: string }[]).map((rule) => rule.path)).toEqual([
      "^/a$",
      "^/b$",
    ]);
    await control("PUT", "/faults", { rules: [] });
    expect(await (await control("GET", "/faults")).json()).toEqual([]);
  });

  it("validates control input", async () => {
    expect(
      (await control("POST", "/delegations", { env: "dev", consumerOrg: SKD, supplierOrg: SKD, scopes: [] })).status,
    ).toBe(400);
    expect((await control("POST", "/clients", { env: "test", client_orgno: "123456789", scopes: [] })).status).toBe(
      400,
    );
  });
});

describe("scope access shortcut", () => {
  it("grants a restricted scope so a consumer's token includes it", async () => {
    await control("POST", "/reset");
    const key = await newClientKey();
    const registered = await control("POST", "/clients", {
      env: "test",
      client_id: "bank-consent",
      client_orgno: "313876144",
      scopes: ["altinn:consentrequests.write"],
      jwks: { keys: [key.publicJwk] },
    });
    expect(registered.status).toBe(201);
    const bank = new TestMaskinportenClient(emulator.url, "test", "bank-consent", key);
    await expect(bank.accessToken("altinn:consentrequests.write")).rejects.toThrow(/no access/);
    const grant = await control("POST", "/scope-access", {
      env: "test",
      scope: "altinn:consentrequests.write",
      consumer_orgno: "313876144",
    });
    expect(grant.status).toBe(200);
    await expect(bank.accessToken("altinn:consentrequests.write")).resolves.toBeTruthy();
  });
});
