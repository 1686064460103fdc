import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AltinnTokenClient } from "./altinn-token-client";
import { MaskinportenTokenClient } from "./maskinporten-token-client";
import { sendJson, startTestServer, type TestServer } from "./test-support/test-server";
import { generateTestClientKey, testUpstreamConfig } from "./test-support/test-upstream-config";

let server: TestServer;
let quoted = false;

beforeAll(async () => {
  server = await startTestServer(async (req, res) => {
    if (req.url.startsWith("/test/maskinporten/token")) {
      return sendJson(res, 200, { access_token: "mp-token", token_type: "Bearer", expires_in: 120 });
    }
    if (req.url.startsWith("/test/platform/authentication/api/v1/exchange/maskinporten")) {
      if (req.headers.authorization !== "Bearer mp-token") return sendJson(res, 401, {});
      const jwt = await new SignJWT({ scope: "x" })
        .setProtectedHeader({ alg: "HS256" })
        .setExpirationTime("30m")
        .sign(new TextEncoder().encode("k".repeat(32)));
      res.writeHead(200, { "content-type": quoted ? "application/json" : "text/plain" });
      return res.end(quoted ? JSON.stringify(jwt) : jwt);
    }
    sendJson(res, 404, {});
  });
});

afterAll(() => server.close());

describe("AltinnTokenClient", () => {
  it("exchanges a Maskinporten token, reads plain and JSON-quoted answers, and caches", async () => {
    const config = testUpstreamConfig(server.url, await generateTestClientKey());
    for (const asJson of [false, true]) {
      quoted = asJson;
      server.requests.length = 0;
      const client = new AltinnTokenClient(config, new MaskinportenTokenClient(config));
      const request = {
        environment: "test" as const,
        scopes: ["altinn:resourceregistry/resource.write"],
        consumerOrg: "991825827",
      };
      const [a, b] = await Promise.all([client.getToken(request), client.getToken(request)]);
      expect(a).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(b).toBe(a);
      expect(await client.getToken(request)).toBe(a);
      expect(server.requests.map((r) => r.url.split("?")[0])).toEqual([
        "/test/maskinporten/token",
        "/test/platform/authentication/api/v1/exchange/maskinporten",
      ]);
    }
  });
});
