import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { logger } from "@/lib/platform/logger";
import { bodyForLog, redactUrl } from "./http-base-client";
import { upstreamFailure } from "./test-support/fake-upstream";
import { httpBaseClientForTests } from "./test-support/http-base-client-server";

// What the client sends and what it logs (never a secret); retries and failures are in http-base-client.test.ts.
const { server, client } = httpBaseClientForTests();

describe("HttpBaseClient bodies", () => {
  it("sends form, multipart and text bodies", async () => {
    const form = await client().request<{ contentType: string; body: string }>({
      method: "POST",
      path: "/echo",
      form: { grant_type: "x y" },
    });
    expect(form.data).toMatchObject({ contentType: "application/x-www-form-urlencoded", body: "grant_type=x+y" });

    const multipart = new FormData();
    multipart.append("policyFile", new Blob(["<Policy/>"], { type: "application/xml" }), "policy.xml");
    const sent = await client().request<{ contentType: string; body: string }>({
      method: "PUT",
      path: "/echo",
      multipart,
    });
    expect(sent.data.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.data.body).toContain('name="policyFile"');
    expect(sent.data.body).toContain("<Policy/>");

    const text = await client().request<string>({ method: "GET", path: "/text", expectText: true });
    expect(text.data).toBe("plain");
  });
});

describe("HttpBaseClient logging", () => {
  it("logs failures without the Authorization value or secret query values", async () => {
    const secret = "eyJsecret-access-token-value";
    const warn = vi.spyOn(logger, "warn");
    const debug = vi.spyOn(logger, "debug");
    const error = await upstreamFailure(
      client({ getAuthHeader: async () => `Bearer ${secret}` }).request({
        method: "GET",
        path: "/unauthorised",
        query: { token: "continuation-secret", scope: "a:b" },
      }),
    );
    expect(error.status).toBe(401);
    expect(warn).toHaveBeenCalled();
    const logged = JSON.stringify([...warn.mock.calls, ...debug.mock.calls]);
    expect(logged).toContain("/unauthorised");
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain("continuation-secret");
    expect(JSON.stringify(error.fields()) + error.message).not.toContain(secret);
    expect(error.url).toContain("scope=a%3Ab");
    // The request did carry the header.
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${secret}`);
  });

  it("logs an answer it cannot read with the request and the start of the body, tokens removed", async () => {
    const warn = vi.spyOn(logger, "warn");
    const error = await upstreamFailure(
      client().request({ method: "GET", path: "/token-shaped", schema: z.object({ token_type: z.string() }) }),
    );
    expect(error).toMatchObject({ kind: "invalid-response", status: 200, retryable: false });
    const [fields, message] = warn.mock.calls.at(-1)! as [Record<string, unknown>, string];
    expect(message).toBe("upstream answer not understood");
    expect(fields).toMatchObject({ method: "GET", status: 200, url: `${server.url}/token-shaped` });
    expect(fields.body).toContain('"token_type":42');
    expect(JSON.stringify(warn.mock.calls)).not.toContain("eyJhbGciOiJSUzI1NiJ9");

    await upstreamFailure(client().request({ method: "GET", path: "/html" }));
    expect((warn.mock.calls.at(-1)![0] as { body: string }).body).toBe("<html><body>Maintenance</body></html>");
  });

  it("keeps at most 2 KB of a logged body and removes cut-off tokens too", () => {
    expect(bodyForLog("x".repeat(5000))).toHaveLength(2048);
    expect(bodyForLog(`{"id_token":"abc`)).toBe('{"id_token":"[redacted]"');
    expect(bodyForLog("Bearer eyJhbGciOi")).toBe("Bearer [redacted-jwt]");
  });

  it("redacts secret-looking query parameters and credentials in URLs", () => {
    expect(redactUrl(new URL("https://u:p@x.test/a?assertion=abc&scope=s&client_secret=z"))).toBe(
      "https://x.test/a?assertion=redacted&scope=s&client_secret=redacted",
    );
  });
});
