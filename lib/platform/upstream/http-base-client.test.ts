import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { logger } from "@/lib/platform/logger";
import { bodyForLog, HttpBaseClient, redactUrl } from "./http-base-client";
import { sendJson, startTestServer, type TestServer } from "./test-support/test-server";
import { UpstreamError } from "./upstream-error";

// Per-path behaviour; the path's hit count lets a route fail first and succeed later.
const hits = new Map<string, number>();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(async (req, res) => {
    const path = req.url.split("?")[0]!;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    switch (path) {
      case "/flaky":
        return hit === 1 ? sendJson(res, 503, { title: "busy" }) : sendJson(res, 200, { ok: true });
      case "/unavailable":
        return sendJson(res, 503, { title: "busy" });
      case "/bad-request":
        return sendJson(res, 400, { title: "nope" });
      case "/slow":
        await new Promise((resolve) => setTimeout(resolve, 500));
        return sendJson(res, 200, { ok: true });
      case "/problem":
        res.writeHead(400, { "content-type": "application/problem+json" });
        return res.end(
          JSON.stringify({
            type: "https://tools.ietf.org/html/rfc7231#section-6.5.1",
            title: "Validation failed",
            status: 400,
            detail: "identifier is invalid",
            code: "RR-00010",
            errors: { identifier: ["must match ^[a-z0-9_-]{4,}$"] },
          }),
        );
      case "/oauth":
        return sendJson(res, 400, { error: "invalid_scope", error_description: "Scope not delegated" });
      case "/unauthorised":
        return sendJson(res, 401, { error: "invalid_token", error_description: "token expired" });
      case "/wrong-shape":
        return sendJson(res, 200, { id: 42 });
      case "/several-problems":
        // Altinn's answer to a request with two faults (ConsentService.ValidateAndSetInternalIdentifiers).
        return sendJson(res, 500, {
          type: "urn:altinn:error:STD-00001",
          title: "Multiple problems occurred.",
          status: 500,
          code: "STD-00001",
          problems: [
            { code: "AM-00006", title: "Invalid consent metadata", status: 400, key: "ukjent" },
            { code: "AM-00008", title: "Missing metadata", status: 400, key: "inntektsaar" },
          ],
        });
      case "/bare-500":
        return hit === 1 ? sendJson(res, 500, { title: "Internal Server Error" }) : sendJson(res, 200, { ok: true });
      case "/token-shaped":
        // A token response the schema does not expect: logged, but never with the token in it.
        return sendJson(res, 200, {
          access_token: "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
          token_type: 42,
        });
      case "/html":
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<html><body>Maintenance</body></html>");
      case "/missing":
        return sendJson(res, 404, { title: "Not found" });
      case "/echo":
        return sendJson(res, 200, { method: req.method, contentType: req.headers["content-type"], body: req.body });
      case "/text":
        res.writeHead(200, { "content-type": "text/plain" });
        return res.end("plain");
      default:
        return sendJson(res, 404, {});
    }
  });
});

afterAll(() => server.close());
afterEach(() => {
  hits.clear();
  vi.restoreAllMocks();
});

const client = (options: Partial<ConstructorParameters<typeof HttpBaseClient>[0]> = {}) =>
  new HttpBaseClient({
    baseUrl: server.url,
    name: "test-upstream",
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe("HttpBaseClient retries", () => {
  it("retries a GET after 503 and returns the later success", async () => {
    const { data, status } = await client().request({
      method: "GET",
      path: "/flaky",
      schema: z.object({ ok: z.boolean() }),
    });
    expect(status).toBe(200);
    expect(data).toEqual({ ok: true });
    expect(hits.get("/flaky")).toBe(2);
  });

  it("does not retry a POST after 503", async () => {
    const error = await failure(client().request({ method: "POST", path: "/flaky", body: {} }));
    expect(error).toMatchObject({ status: 503, kind: "http", retryable: true, method: "POST" });
    expect(hits.get("/flaky")).toBe(1);
  });

  it("retries a POST marked idempotent", async () => {
    await client().request({ method: "POST", path: "/flaky", body: {}, idempotent: true });
    expect(hits.get("/flaky")).toBe(2);
  });

  it("gives up after the configured retries", async () => {
    const error = await failure(client().request({ method: "GET", path: "/unavailable", retries: 2 }));
    expect(error.status).toBe(503);
    expect(hits.get("/unavailable")).toBe(3);
  });

  it("does not retry Altinn's 500 STD-00001: one request, both problems on the error", async () => {
    const error = await failure(
      client().request({ method: "POST", path: "/several-problems", body: {}, idempotent: true, retries: 3 }),
    );
    expect(error).toMatchObject({
      status: 500,
      code: "STD-00001",
      retryable: false,
      problems: [
        { code: "AM-00006", key: "ukjent" },
        { code: "AM-00008", key: "inntektsaar" },
      ],
    });
    expect(server.requests.filter((r) => r.url === "/several-problems")).toHaveLength(1);
  });

  it("still retries a 500 that carries no Altinn code", async () => {
    const { data } = await client().request({ method: "GET", path: "/bare-500" });
    expect(data).toEqual({ ok: true });
    expect(hits.get("/bare-500")).toBe(2);
  });

  it("never retries a 4xx", async () => {
    const error = await failure(client().request({ method: "GET", path: "/bad-request" }));
    expect(error).toMatchObject({ status: 400, retryable: false, title: "nope" });
    expect(hits.get("/bad-request")).toBe(1);
  });
});

describe("HttpBaseClient failures", () => {
  it("reports a timeout with no status", async () => {
    const error = await failure(client({ timeoutMs: 50 }).request({ method: "POST", path: "/slow" }));
    expect(error).toMatchObject({ kind: "timeout", status: null, retryable: true });
  });

  it("reads RFC 7807 problem details", async () => {
    const error = await failure(client().request({ method: "POST", path: "/problem", body: {} }));
    expect(error).toMatchObject({
      status: 400,
      kind: "http",
      code: "RR-00010",
      title: "Validation failed",
      detail: "identifier is invalid",
      fieldErrors: { identifier: ["must match ^[a-z0-9_-]{4,}$"] },
    });
  });

  it("reads OAuth error bodies", async () => {
    const error = await failure(client().request({ method: "POST", path: "/oauth", form: { a: "b" } }));
    expect(error).toMatchObject({ code: "invalid_scope", detail: "Scope not delegated" });
  });

  it("turns a schema mismatch into invalid-response", async () => {
    const error = await failure(
      client().request({ method: "GET", path: "/wrong-shape", schema: z.object({ id: z.string() }) }),
    );
    expect(error).toMatchObject({ kind: "invalid-response", status: 200, retryable: false });
    expect(error.detail).toContain("id");
  });

  it("returns null data for an accepted status", async () => {
    const result = await client().request({
      method: "GET",
      path: "/missing",
      schema: z.object({ id: z.string() }),
      acceptStatuses: [404],
    });
    expect(result).toMatchObject({ status: 404, data: null });
  });

  it("refuses to follow a link to another origin", async () => {
    await expect(client().request({ method: "GET", path: "https://evil.example/steal" })).rejects.toThrow(/refusing/);
  });
});

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
    const error = await failure(
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
    const error = await failure(
      client().request({ method: "GET", path: "/token-shaped", schema: z.object({ token_type: z.string() }) }),
    );
    expect(error).toMatchObject({ kind: "invalid-response", status: 200, retryable: false });
    const [fields, message] = warn.mock.calls.at(-1)! as [Record<string, unknown>, string];
    expect(message).toBe("upstream answer not understood");
    expect(fields).toMatchObject({ method: "GET", status: 200, url: `${server.url}/token-shaped` });
    expect(fields.body).toContain('"token_type":42');
    expect(JSON.stringify(warn.mock.calls)).not.toContain("eyJhbGciOiJSUzI1NiJ9");

    await failure(client().request({ method: "GET", path: "/html" }));
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
