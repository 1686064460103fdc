import { decodeJwt } from "jose";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { maskinportenAdminHttp, resourceRegistryHttp } from "./authorized-http-clients";
import { MaskinportenTokenClient } from "./maskinporten-token-client";
import { sendJson, startTestServer, type TestServer } from "./test-support/test-server";
import { generateTestClientKey, type TestClientKey, testUpstreamConfig } from "./test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "./upstream-context";

// Tokens are reused while valid (issue 17: a page's live checks must not ask Maskinporten for the same tokens again),
// never across organisations or clients, and dropped once an API refuses them. The stand-in Maskinporten refuses
// `delegated:*` scopes for any organisation but 313876144; its APIs refuse the token they name in `refused`.
const DELEGATING = "313876144";
let server: TestServer;
let key: TestClientKey;
let issued = 0;
const refused = new Set<string>();

beforeAll(async () => {
  key = await generateTestClientKey();
  server = await startTestServer(async (req, res) => {
    if (req.url.includes("/maskinporten/token")) {
      const payload = decodeJwt(new URLSearchParams(req.body).get("assertion") ?? "");
      const denied = String(payload.scope).startsWith("delegated:") && payload.consumer_org !== DELEGATING;
      if (denied) return sendJson(res, 400, { error: "invalid_scope", error_description: "not delegated" });
      return sendJson(res, 200, { access_token: `mp-${++issued}`, token_type: "Bearer", expires_in: 120 });
    }
    const token = String(req.headers.authorization).replace("Bearer ", "");
    if (refused.has(token)) return sendJson(res, 401, { error: "invalid_token" });
    if (req.url.includes("/exchange/maskinporten")) {
      const exp = Math.floor(Date.now() / 1000) + 1800;
      const body = Buffer.from(JSON.stringify({ exp, from: token })).toString("base64url");
      res.writeHead(200, { "content-type": "text/plain" });
      return res.end(`eyJhbGciOiJub25lIn0.${body}.sig`);
    }
    sendJson(res, 200, { token });
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  refused.clear();
});
afterEach(() => setUpstreamContext(undefined));

const tokenCalls = () => server.requests.filter((r) => r.url.includes("/maskinporten/token")).length;
const newClient = (clientId?: string) => new MaskinportenTokenClient(testUpstreamConfig(server.url, key, clientId));

describe("token reuse", () => {
  it("checks delegations with cached tokens: a delegated scope is asked once, a refused one every time", async () => {
    const client = newClient();
    const check = () =>
      client.diagnoseDelegation({ environment: "test", consumerOrg: "910753614", scopes: ["open:a", "delegated:b"] });
    expect((await check()).map((c) => c.ok)).toEqual([true, false]);
    expect(tokenCalls()).toBe(2);
    expect((await check()).map((c) => c.ok)).toEqual([true, false]);
    expect(tokenCalls()).toBe(3);
  });

  it("never reuses a token across organisations or clients", async () => {
    const client = newClient();
    const a = await client.getToken({ environment: "test", scopes: ["open:a"], consumerOrg: DELEGATING });
    const b = await client.getToken({ environment: "test", scopes: ["open:a"], consumerOrg: "910753614" });
    const other = await newClient("another-client").getToken({
      environment: "test",
      scopes: ["open:a"],
      consumerOrg: DELEGATING,
    });
    expect(new Set([a, b, other]).size).toBe(3);
    expect(await client.getToken({ environment: "test", scopes: ["open:a"], consumerOrg: DELEGATING })).toBe(a);
    expect(tokenCalls()).toBe(3);
  });

  it("drops a Maskinporten token an API refused, so the next call gets a new one", async () => {
    setUpstreamContext(createUpstreamContext(testUpstreamConfig(server.url, key)));
    const http = () => maskinportenAdminHttp({ environment: "test", actingFor: DELEGATING }, "open:admin");
    const first = (await http().request<{ token: string }>({ method: "GET", path: "clients" })).data.token;
    expect((await http().request<{ token: string }>({ method: "GET", path: "clients" })).data.token).toBe(first);
    refused.add(first);
    await expect(http().request({ method: "GET", path: "clients" })).rejects.toMatchObject({ status: 401 });
    const next = (await http().request<{ token: string }>({ method: "GET", path: "clients" })).data.token;
    expect(next).not.toBe(first);
    expect(tokenCalls()).toBe(2);
  });

  it("drops a refused Altinn token and the Maskinporten token it was exchanged from", async () => {
    setUpstreamContext(createUpstreamContext(testUpstreamConfig(server.url, key)));
    const http = () => resourceRegistryHttp({ environment: "test", actingFor: DELEGATING }, ["open:registry"]);
    const first = (await http().request<{ token: string }>({ method: "GET", path: "resource" })).data.token;
    refused.add(first);
    await expect(http().request({ method: "GET", path: "resource" })).rejects.toMatchObject({ status: 401 });
    const next = (await http().request<{ token: string }>({ method: "GET", path: "resource" })).data.token;
    expect(next).not.toBe(first);
    expect(tokenCalls()).toBe(2);
  });
});
