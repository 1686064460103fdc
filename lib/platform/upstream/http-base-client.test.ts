import { describe, expect, it } from "vitest";
import { z } from "zod";
import { upstreamFailure } from "./test-support/fake-upstream";
import { httpBaseClientForTests } from "./test-support/http-base-client-server";

// Retries and failures; bodies and logging are in http-base-client-logging.test.ts.
const { server, client, hits } = httpBaseClientForTests();

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
    const error = await upstreamFailure(client().request({ method: "POST", path: "/flaky", body: {} }));
    expect(error).toMatchObject({ status: 503, kind: "http", retryable: true, method: "POST" });
    expect(hits.get("/flaky")).toBe(1);
  });

  it("retries a POST marked idempotent", async () => {
    await client().request({ method: "POST", path: "/flaky", body: {}, idempotent: true });
    expect(hits.get("/flaky")).toBe(2);
  });

  it("gives up after the configured retries", async () => {
    const error = await upstreamFailure(client().request({ method: "GET", path: "/unavailable", retries: 2 }));
    expect(error.status).toBe(503);
    expect(hits.get("/unavailable")).toBe(3);
  });

  it("does not retry Altinn's 500 STD-00001: one request, both problems on the error", async () => {
    const error = await upstreamFailure(
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
    const error = await upstreamFailure(client().request({ method: "GET", path: "/bad-request" }));
    expect(error).toMatchObject({ status: 400, retryable: false, title: "nope" });
    expect(hits.get("/bad-request")).toBe(1);
  });
});

describe("HttpBaseClient failures", () => {
  it("reports a timeout with no status", async () => {
    const error = await upstreamFailure(client({ timeoutMs: 50 }).request({ method: "POST", path: "/slow" }));
    expect(error).toMatchObject({ kind: "timeout", status: null, retryable: true });
  });

  it("reads RFC 7807 problem details", async () => {
    const error = await upstreamFailure(client().request({ method: "POST", path: "/problem", body: {} }));
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
    const error = await upstreamFailure(client().request({ method: "POST", path: "/oauth", form: { a: "b" } }));
    expect(error).toMatchObject({ code: "invalid_scope", detail: "Scope not delegated" });
  });

  it("turns a schema mismatch into invalid-response", async () => {
    const error = await upstreamFailure(
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
