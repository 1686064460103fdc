import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { jsonRoute } from "@/lib/platform/http/json-route";
import { UpstreamError } from "@/lib/platform/upstream/upstream-error";
import { toActionError } from "./to-action-error";

// Upstream failures through the one error policy: named by the upstream people know, never a generic error for an
// answer the portal could not read.

const errors = loadMessages("nb").errors;
const context = { action: "test.action", correlationId: "corr-1" };
const upstreamError = (fields: Partial<ConstructorParameters<typeof UpstreamError>[0]>) =>
  new UpstreamError({
    upstream: "consent-requests:test",
    status: 200,
    kind: "invalid-response",
    retryable: false,
    method: "GET",
    url: "https://x/",
    ...fields,
  });

describe("toActionError for upstream failures", () => {
  it("says Altinn answered something the portal does not understand, with the reference", async () => {
    expect(await toActionError(upstreamError({ detail: "unexpected response shape at status" }), context)).toEqual({
      code: "UPSTREAM_UNAVAILABLE",
      message: errors.upstreamNotUnderstood.replace("{upstream}", "Altinn").replace("{correlationId}", "corr-1"),
      fieldErrors: undefined,
    });
  });

  it("names Maskinporten when it is Maskinporten, and keeps 'did not answer' for timeouts and 5xx", async () => {
    const maskinporten = await toActionError(
      upstreamError({ upstream: "maskinporten-token:test", detail: "body is not JSON" }),
      context,
    );
    expect(maskinporten.message).toBe(
      errors.upstreamNotUnderstood.replace("{upstream}", "Maskinporten").replace("{correlationId}", "corr-1"),
    );
    const timeout = await toActionError(upstreamError({ kind: "timeout", status: null, retryable: true }), context);
    expect(timeout).toMatchObject({
      code: "UPSTREAM_UNAVAILABLE",
      message: errors.upstreamUnavailable.replace("{upstream}", "Altinn"),
    });
  });

  it("names a definite refusal no feature handled: the upstream, status, codes and its words, never a generic error", async () => {
    const refused = await toActionError(
      upstreamError({ kind: "http", status: 400, code: "AM-00016", detail: "Consent with id already exist" }),
      context,
    );
    expect(refused).toEqual({
      code: "UPSTREAM_REFUSED",
      message:
        "Altinn avviste dette (HTTP 400, AM-00016): Consent with id already exist. Ingenting ble endret der. Er det uklart hvorfor, oppgi denne referansen til brukerstøtte: corr-1",
      fieldErrors: undefined,
    });
    const several = await toActionError(
      upstreamError({
        kind: "http",
        status: 500,
        code: "STD-00001",
        problems: [
          { code: "AM-00006", detail: "Invalid consent metadata", key: "ukjent" },
          { code: "AM-00008", detail: "Missing metadata", key: "inntektsaar" },
        ],
      }),
      context,
    );
    expect(several.message).toContain(
      "(HTTP 500, STD-00001, AM-00006, AM-00008): Invalid consent metadata; Missing metadata.",
    );
  });
});

describe("jsonRoute for upstream failures", () => {
  it("answers 503 with the same message for an answer it could not read", async () => {
    const route = jsonRoute(async () => {
      throw upstreamError({ upstream: "maskinporten-token:test" });
    });
    const response = await route(new Request("https://portal.example/x"), {});
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/^Maskinporten svarte noe denne portalen ikke forstår\./);
  });
});
