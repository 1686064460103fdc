import type { ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, vi } from "vitest";
import { HttpBaseClient } from "../http-base-client";
import { type RecordedRequest, sendJson, startTestServer, type TestServer } from "./test-server";

// The HttpBaseClient's tests: a server with one behaviour per path, and a client for it with short retry delays.

/** Per-path behaviour; the path's hit count lets a route fail first and succeed later. */
function answer(hits: Map<string, number>) {
  return async (req: RecordedRequest, res: ServerResponse) => {
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
  };
}

/** Started before the file's tests (the returned server is filled in then), closed after; counts and spies reset after each. */
export function httpBaseClientForTests() {
  const hits = new Map<string, number>();
  const server = {} as TestServer;
  beforeAll(async () => {
    Object.assign(server, await startTestServer(answer(hits)));
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
  return { server, client, hits };
}
