import { createRemoteJWKSet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startTestServer, type TestServer } from "@/lib/platform/upstream/test-support/test-server";
import { expectation, newSigner, signConsentToken, type TTestSigner } from "./test-support/signed-consent-token";
import { verifyConsentToken } from "./verify-consent-token";

// Consent tokens checked against Maskinporten's key set fetched over HTTP, and what an unavailable key set gives.

let signer: TTestSigner;

beforeAll(async () => {
  signer = await newSigner();
});

describe("verifyConsentToken with a remote JWKS", () => {
  let server: TestServer;
  let mode: "ok" | "error" | "hang" = "ok";

  beforeAll(async () => {
    server = await startTestServer((request, res) => {
      if (mode === "hang") return; // never answers
      if (mode === "error") return sendJson(res, 503, { error: "down" });
      sendJson(res, 200, signer.jwks);
    });
  });
  afterAll(() => server.close());

  const remote = (url: string, timeoutDuration = 1000) => createRemoteJWKSet(new URL(url), { timeoutDuration });

  it("verifies against keys fetched over HTTP", async () => {
    mode = "ok";
    const url = `${server.url}/jwk`;
    const report = await verifyConsentToken({
      token: await signConsentToken(signer),
      expectation: expectation(url),
      keys: remote(url),
    });
    expect(report).toMatchObject({ kind: "checked", valid: true });
    expect(server.requests.some((r) => r.url === "/jwk")).toBe(true);
  });

  it.each([
    ["error", "invalidResponse"],
    ["hang", "timeout"],
  ] as const)("reports an unavailable key set (%s) instead of failing the signature", async (serverMode, reason) => {
    mode = serverMode;
    const url = `${server.url}/jwk-${serverMode}`;
    const seen: unknown[] = [];
    const report = await verifyConsentToken({
      token: await signConsentToken(signer),
      expectation: expectation(url),
      keys: remote(url, 300),
      onKeySetError: (error) => seen.push(error),
    });
    expect(report).toMatchObject({
      kind: "jwksUnavailable",
      jwksUrl: url,
      reason,
      claims: { iss: expect.any(String) },
    });
    expect(seen).toHaveLength(1);
  });

  it("reports an unreachable key set", async () => {
    const url = "http://127.0.0.1:9/jwk"; // the discard port: nothing listens
    const report = await verifyConsentToken({
      token: await signConsentToken(signer),
      expectation: expectation(url),
      keys: remote(url),
    });
    expect(report).toMatchObject({ kind: "jwksUnavailable", reason: "unreachable" });
  });
});
