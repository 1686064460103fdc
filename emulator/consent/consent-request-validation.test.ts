import { describe, expect, it } from "vitest";
import { consentEmulatorPerFile, consentRequest } from "../test-support/consent-request-fixture";

const consent = consentEmulatorPerFile();

const BAD_REQUEST = { type: "https://tools.ietf.org/html/rfc9110#section-15.5.1", title: "Bad Request", status: 400 };
const MUST = { virksomhet: "Testbanken AS", samtykkelink: "https://bank.example/info" };
const past = () => new Date(Date.now() - 60_000).toISOString();

async function answer(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await consent.post(body);
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe("consent request validation (Altinn's problems, exactly)", () => {
  it.each([
    [
      "an unknown metadata key (AM-00006, lower-cased key)",
      { ...MUST, Kontonummer: "1" },
      { detail: "Invalid consent metadata", code: "AM-00006", key: "kontonummer" },
    ],
    [
      "an empty metadata value (AM-00007)",
      { ...MUST, virksomhet: "" },
      { detail: "Missing metadata value", code: "AM-00007", "ConsentRight index: 0, key": "virksomhet" },
    ],
    [
      "a declared key left out, though once marked optional (AM-00008)",
      { virksomhet: "Testbanken AS" },
      { detail: "Missing metadata", code: "AM-00008", key: "samtykkelink" },
    ],
  ])("refuses %s", async (_case, metadata, expected) => {
    expect(await answer(consentRequest({}, "stami-samtykke-must", metadata))).toEqual({
      status: 400,
      json: { ...BAD_REQUEST, ...expected },
    });
  });

  it("matches metadata keys case-insensitively and binds `metaData` as `metadata`", async () => {
    const upper = await answer(
      consentRequest({}, "stami-samtykke-must", {
        VIRKSOMHET: "Testbanken AS",
        SamtykkeLink: "https://bank.example/info",
      }),
    );
    // Declared keys are compared lower-cased, so an upper-case key sent is found; it is stored as sent.
    expect(upper.status).toBe(201);
    expect((upper.json.consentRights as { metadata: unknown }[])[0]?.metadata).toEqual({
      VIRKSOMHET: "Testbanken AS",
      SamtykkeLink: "https://bank.example/info",
    });
    const base = consentRequest();
    const [right] = base.consentRights;
    const camel = await answer({
      ...base,
      consentRights: [{ action: right?.action, resource: right?.resource, metaData: MUST }],
    });
    expect(camel.status).toBe(201);
  });

  it("answers two problems as STD-00001 with HTTP 500 and every problem in full", async () => {
    const result = await answer(
      consentRequest({}, "stami-samtykke-must", { virksomhet: "Testbanken AS", link: "https://x.example" }),
    );
    expect(result).toEqual({
      status: 500,
      json: {
        type: "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        title: "An error occurred while processing your request.",
        status: 500,
        detail: "Multiple problems occurred.",
        code: "STD-00001",
        problems: [
          { status: 400, detail: "Invalid consent metadata", code: "AM-00006", key: "link" },
          { status: 400, detail: "Missing metadata", code: "AM-00008", key: "samtykkelink" },
        ],
      },
    });
  });

  it("collects validTo, an empty rights list and the redirect URL into one validation problem (STD-00000)", async () => {
    const result = await answer(consentRequest({ validTo: past(), consentRights: [], redirectUrl: "/relative" }));
    expect(result).toEqual({
      status: 400,
      json: {
        ...BAD_REQUEST,
        detail: "One or more validation errors occurred.",
        code: "STD-00000",
        validationErrors: [
          { code: "AM.VLD-00022", detail: "The time need to be in the future", paths: ["ValidTo"] },
          { code: "AM.VLD-00023", detail: "The list cant be empty", paths: ["Resource"] },
          { code: "AM.VLD-00027", detail: "Redirect URL is not a valid URL", paths: ["RedirectUrl"] },
        ],
      },
    });
  });

  it("nests a validation problem among other problems", async () => {
    const base = consentRequest({ validTo: past() }, "stami-plain");
    const result = await answer({
      ...base,
      consentRights: base.consentRights.map((right) => ({ ...right, action: [] })),
    });
    expect(result.status).toBe(500);
    expect(result.json.problems).toEqual([
      { status: 400, detail: "Invalid consent resource", code: "AM-00005" },
      {
        status: 400,
        detail: "One or more validation errors occurred.",
        code: "STD-00000",
        validationErrors: [
          { code: "STD.VLD-00000", detail: "The field is required.", paths: ["/consentRight/0/action"] },
        ],
      },
      {
        status: 400,
        detail: "One or more validation errors occurred.",
        code: "STD-00000",
        validationErrors: [{ code: "AM.VLD-00022", detail: "The time need to be in the future", paths: ["ValidTo"] }],
      },
    ]);
  });

  it("refuses mixed templates (AM-00009) and an unknown person (AM-00004)", async () => {
    const base = consentRequest();
    const [right] = base.consentRights;
    const poa = { ...right, resource: [{ type: "urn:altinn:resource", value: "stami-poa" }] };
    expect(await answer({ ...base, consentRights: [right, poa] })).toEqual({
      status: 400,
      json: { ...BAD_REQUEST, detail: "Invalid resource combination", code: "AM-00009" },
    });
    // A valid number that is not a synthetic test person: the test register does not know it.
    const unknown = "urn:altinn:person:identifier-no:01025161013";
    expect(await answer(consentRequest({ from: unknown }))).toEqual({
      status: 400,
      json: { ...BAD_REQUEST, detail: "Unknown person. Could not be found", code: "AM-00004", fnumber: unknown },
    });
  });

  it.each(["no.bank.app://consent/done", "https://bank.example/done#/route?x=1", "http://localhost:3000/cb"])(
    "accepts the redirect URL %s",
    async (redirectUrl) => {
      expect((await answer(consentRequest({ redirectUrl }))).status).toBe(201);
    },
  );

  it("takes requiredDelegator and portalViewMode (any case), and records the template", async () => {
    const result = await answer(
      consentRequest({ requiredDelegator: "urn:altinn:person:identifier-no:21818297804", portalViewMode: "show" }),
    );
    expect(result.status).toBe(201);
    expect(result.json).toMatchObject({
      requiredDelegator: "urn:altinn:person:identifier-no:21818297804",
      portalViewMode: "Show",
    });
    const state = (await (await fetch(`${consent.emulator.url}/_emulator/state`)).json()) as {
      "consent.requests": { test: { id: string; templateId: string; templateVersion: unknown }[] };
    };
    expect(state["consent.requests"].test.find((request) => request.id === result.json.id)).toMatchObject({
      templateId: "samtykkemal_simpleconsent",
      templateVersion: null,
    });
  });

  it.each([
    ["an id that is not a GUID", { id: "request-1" }, "$.id"],
    ["a from with bad check digits", { from: "urn:altinn:person:identifier-no:01039012345" }, "$.from"],
    ["a validTo that is not a date", { validTo: "tomorrow" }, "$.validTo"],
    ["an unknown portalViewMode", { portalViewMode: "Maybe" }, "$.portalViewMode"],
  ])("answers ASP.NET's own 400 for %s", async (_case, overrides, path) => {
    const result = await answer(consentRequest(overrides));
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      title: "One or more validation errors occurred.",
      status: 400,
      traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/),
    });
    expect(Object.keys(result.json.errors as object)).toEqual([path, "consentRequest"]);
    expect(result.json.code).toBeUndefined();
  });

  it("names missing required properties as System.Text.Json does", async () => {
    const { redirectUrl: _dropped, ...withoutRedirect } = consentRequest();
    const result = await answer(withoutRedirect);
    expect((result.json.errors as Record<string, string[]>)["$"]).toEqual([
      "JSON deserialization for type 'Altinn.Authorization.Api.Contracts.Consent.ConsentRequestDto' was missing required properties including: 'redirectUrl'.",
    ]);
  });
});
