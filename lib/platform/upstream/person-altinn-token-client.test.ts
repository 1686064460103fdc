import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personAltinnToken } from "./person-altinn-token-client";
import { sendJson, startTestServer, type TestServer } from "./test-support/test-server";
import { generateTestClientKey, testUpstreamConfig } from "./test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "./upstream-context";

// The exchange of a person's login token at Altinn Authentication (`exchange/id-porten`), against a stand-in that
// answers as AuthenticationController does: the bare JWT, 401 for a token it cannot validate, 403 without an
// altinn: scope.

let server: TestServer;
const altinnJwt = (sub: string) =>
  new SignJWT({ "urn:altinn:userid": sub })
    .setProtectedHeader({ alg: "HS256" })
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode("k".repeat(32)));

beforeAll(async () => {
  server = await startTestServer(async (req, res) => {
    if (!req.url.startsWith("/test/platform/authentication/api/v1/exchange/id-porten")) return sendJson(res, 404, {});
    const bearer = req.headers.authorization?.replace(/^Bearer /, "");
    if (bearer === "no-altinn-scope") return void res.writeHead(403).end();
    if (!bearer?.startsWith("login-")) return void res.writeHead(401).end();
    if (bearer === "login-garbage") return void res.writeHead(200, { "content-type": "text/plain" }).end("no jwt");
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(await altinnJwt(bearer));
  });
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(server.url, await generateTestClientKey())));
});
afterAll(async () => {
  setUpstreamContext(undefined);
  await server.close();
});

describe("personAltinnToken", () => {
  it("exchanges the login token at exchange/id-porten with it as bearer, once while it lasts", async () => {
    server.requests.length = 0;
    const first = await personAltinnToken("test", "login-kari");
    expect(await personAltinnToken("test", "login-kari")).toBe(first);
    expect(server.requests.filter((r) => r.url.includes("exchange/id-porten"))).toHaveLength(1);
    expect(first.split(".")).toHaveLength(3);
    // Another person's login is another token.
    expect(await personAltinnToken("test", "login-ola")).not.toBe(first);
  });

  it("passes Altinn's refusals on as upstream errors with their status", async () => {
    await expect(personAltinnToken("test", "not-a-login")).rejects.toMatchObject({
      name: "UpstreamError",
      status: 401,
    });
    await expect(personAltinnToken("test", "no-altinn-scope")).rejects.toMatchObject({
      name: "UpstreamError",
      status: 403,
    });
    await expect(personAltinnToken("test", "login-garbage")).rejects.toMatchObject({ kind: "invalid-response" });
  });
});
