import { describe, expect, it } from "vitest";
import { isRetryableAnswer, parseProblemBody, upstreamDisplayName } from "./upstream-error";

// Error bodies as Altinn's problem-details library writes them (Altinn/altinn-authorization-utils,
// ProblemDetails/AltinnProblemDetails.cs, AltinnValidationProblemDetails.cs, AltinnMultipleProblemDetails.cs:
// extensions are top-level members), with the codes ConsentService.cs raises.

const single = {
  type: "urn:altinn:error:AM-00016",
  title: "Consent with id already exist",
  status: 400,
  code: "AM-00016",
  requestId: "8f1d4a3e-2b7c-4d1e-9f0a-1b2c3d4e5f60",
};
const validation = {
  type: "urn:altinn:error:STD-00000",
  title: "One or more validation errors occurred.",
  status: 400,
  code: "STD-00000",
  validationErrors: [
    { code: "AM.VLD-00027", title: "Redirect URL is not a valid URL", paths: ["RedirectUrl"] },
    { code: "AM.VLD-00022", title: "The time need to be in the future", paths: ["ValidTo"] },
  ],
};
const multiple = {
  type: "urn:altinn:error:STD-00001",
  title: "Multiple problems occurred.",
  status: 500,
  code: "STD-00001",
  problems: [
    {
      type: "urn:altinn:error:AM-00006",
      title: "Invalid consent metadata",
      status: 400,
      code: "AM-00006",
      key: "ukjent",
    },
    { type: "urn:altinn:error:AM-00008", title: "Missing metadata", status: 400, code: "AM-00008", key: "inntektsaar" },
  ],
};

describe("parseProblemBody", () => {
  it("reads one problem with its code and extensions", () => {
    expect(parseProblemBody(JSON.stringify(single))).toEqual({
      code: "AM-00016",
      title: "Consent with id already exist",
      detail: undefined,
      problems: [
        {
          code: "AM-00016",
          title: "Consent with id already exist",
          detail: undefined,
          extensions: { requestId: single.requestId },
        },
      ],
    });
  });

  it("reads a validation problem's errors with their paths", () => {
    expect(parseProblemBody(JSON.stringify(validation))).toMatchObject({
      code: "STD-00000",
      problems: [
        { code: "AM.VLD-00027", title: "Redirect URL is not a valid URL", paths: ["RedirectUrl"] },
        { code: "AM.VLD-00022", paths: ["ValidTo"] },
      ],
    });
  });

  it("reads STD-00001 with two problems, each with its key", () => {
    expect(parseProblemBody(JSON.stringify(multiple))).toMatchObject({
      code: "STD-00001",
      title: "Multiple problems occurred.",
      problems: [
        { code: "AM-00006", title: "Invalid consent metadata", key: "ukjent" },
        { code: "AM-00008", title: "Missing metadata", key: "inntektsaar" },
      ],
    });
  });

  it("flattens a validation problem inside the multiple problem, and reads AM-00007's odd key name", () => {
    const body = {
      code: "STD-00001",
      status: 500,
      problems: [
        { code: "AM-00007", title: "Missing metadata value", "ConsentRight index: 0, key": "inntektsaar" },
        { code: "STD-00000", validationErrors: [{ code: "AM.VLD-00022", paths: ["ValidTo"] }] },
      ],
    };
    expect(parseProblemBody(JSON.stringify(body)).problems).toEqual([
      { code: "AM-00007", title: "Missing metadata value", detail: undefined, key: "inntektsaar" },
      { code: "AM.VLD-00022", title: undefined, detail: undefined, paths: ["ValidTo"] },
    ]);
  });

  it("keeps RFC 7807 field errors and OAuth errors as before, without problems", () => {
    expect(parseProblemBody(JSON.stringify({ title: "Bad", errors: { identifier: ["too short"] } }))).toEqual({
      code: undefined,
      title: "Bad",
      detail: undefined,
      fieldErrors: { identifier: ["too short"] },
    });
    expect(parseProblemBody(JSON.stringify({ error: "invalid_scope", error_description: "no" }))).toEqual({
      code: "invalid_scope",
      title: undefined,
      detail: "no",
    });
    expect(parseProblemBody("<html>502</html>")).toEqual({});
    expect(parseProblemBody("")).toEqual({});
  });
});

describe("isRetryableAnswer: the body first, then the status", () => {
  it("does not retry a 500 that is Altinn's answer (STD-00001, any AM-/STD- code)", () => {
    expect(isRetryableAnswer(500, parseProblemBody(JSON.stringify(multiple)))).toBe(false);
    expect(isRetryableAnswer(500, { code: "AM-00029" })).toBe(false);
    expect(isRetryableAnswer(502, { code: "STD-00001" })).toBe(false);
  });

  it("retries a 500 or 502 without such a body, and a coded 429 or 503 (they say: later)", () => {
    expect(isRetryableAnswer(500, {})).toBe(true);
    expect(isRetryableAnswer(500, { title: "Internal Server Error" })).toBe(true);
    expect(isRetryableAnswer(500, { code: "server_error" })).toBe(true);
    expect(isRetryableAnswer(502, {})).toBe(true);
    expect(isRetryableAnswer(429, { code: "AM-00026" })).toBe(true);
    expect(isRetryableAnswer(503, { code: "RR-00001" })).toBe(true);
  });

  it("never retries a 4xx other than 408 and 429", () => {
    expect(isRetryableAnswer(400, parseProblemBody(JSON.stringify(validation)))).toBe(false);
    expect(isRetryableAnswer(403, {})).toBe(false);
    expect(isRetryableAnswer(408, {})).toBe(true);
  });
});

describe("upstreamDisplayName", () => {
  it.each([
    ["maskinporten-token:test", "Maskinporten"],
    ["maskinporten-admin:prod", "Maskinporten"],
    ["consent-requests:test", "Altinn"],
    ["resource-registry:prod", "Altinn"],
    ["altinn-exchange:test", "Altinn"],
    ["consent-templates", "Altinn"],
    ["enhetsregisteret", "Enhetsregisteret"],
  ])("%s → %s", (name, display) => {
    expect(upstreamDisplayName(name)).toBe(display);
  });
});
