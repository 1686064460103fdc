import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeProblems } from "@/lib/integration-kit/altinn-problems";
import { describeUpstreamFailure, readUpstreamFailure } from "@/lib/platform/jobs/describe-upstream-failure";
import { readRealText } from "@/test/openapi/realdata";
import { createResource, putResourcePolicy } from "./resource-registry-client";
import { ConsentRequestDeniedError, createConsentRequest, type TCreateConsentRequest } from "./consent-requests-client";
import { startContractEmulator } from "./contract/emulator-fixture";
import {
  BANK,
  bankTarget,
  letBankUseConsentApi,
  publishConsentResource,
  SKD,
  skdTarget,
} from "./contract/openapi-contract-fixture";
import { consentResource } from "./contract/consent-resource-fixture";
import { upstreamFailure } from "./test-support/fake-upstream";
import { sendJson, startTestServer, type TestServer } from "./test-support/test-server";
import { createUpstreamContext, setUpstreamContext, upstream } from "./upstream-context";

// Altinn's refusals of a consent request, read before deciding to retry: against the emulator (which answers as
// Altinn's code does: ConsentService.cs, ConsentController.cs) and against a test server for exact answers.

const stamp = Date.now();
const twoKeys = `client-two-keys-${stamp}`;
const listed = `client-listed-${stamp}`;
const CONSENT_PATH = "/test/platform/accessmanagement/api/v1/enterprise/consentrequests";
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;

const request = (resource: string, metadata: Record<string, string>): TCreateConsentRequest => ({
  id: randomUUID(),
  from: "urn:altinn:person:identifier-no:21818297804",
  to: `urn:altinn:organization:identifier-no:${BANK}`,
  validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  consentRights: [{ action: ["consent"], resource: [{ type: "urn:altinn:resource", value: resource }], metadata }],
  redirectUrl: "https://bank.example/done",
  portalViewMode: "Hide",
});

async function consentPosts(): Promise<number> {
  const state = (await emulator.control("GET", "/_emulator/state")) as { requests: { method: string; path: string }[] };
  return state.requests.filter((entry) => entry.method === "POST" && entry.path === CONSENT_PATH).length;
}

beforeAll(async () => {
  emulator = await startContractEmulator();
  // Two keys, one of them once marked optional: Altinn requires both (AM-00008 ignores `optional`).
  await publishConsentResource(twoKeys, [
    { key: "inntektsaar", optional: false },
    { key: "formaal", optional: true },
  ]);
  // A resource behind an access list the bank is not on, with Altinn's real access-list policy.
  await createResource(skdTarget, { ...consentResource(listed), accessListMode: "Enabled" });
  const policy = readRealText("policy.samtykkeressurs-med-tilgangsliste.xml")
    .replace(/^\uFEFF/, "")
    .replaceAll("samtykkeressurs-med-tilgangsliste", listed)
    .replaceAll("ttd:martins-restriktive-liste", `${SKD.orgCode}:nobody-${stamp}`);
  await putResourcePolicy(skdTarget, listed, policy);
  await letBankUseConsentApi(emulator);
});
afterAll(async () => {
  await emulator?.close();
});

describe("createConsentRequest against the emulator", () => {
  it("a deliberately doubly-wrong request comes back as STD-00001 with both problems, is shown, and is not retried", async () => {
    const before = await consentPosts();
    // An undeclared key sent (AM-00006) and a declared one left out (AM-00008): two problems, so HTTP 500.
    const error = await upstreamFailure(
      createConsentRequest(bankTarget, request(twoKeys, { inntektsaar: "2024", ukjent: "x" })),
    );
    expect(error).toMatchObject({ status: 500, code: "STD-00001", retryable: false });
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "AM-00006", key: "ukjent" }),
        expect.objectContaining({ code: "AM-00008", key: "formaal" }),
      ]),
    );
    expect(error.problems).toHaveLength(2);
    expect(await consentPosts()).toBe(before + 1);

    // Shown: the stored failure reason names both, and the kit places each beside its metadata field.
    const { reason, retryable } = describeUpstreamFailure(error);
    expect(retryable).toBe(false);
    const read = readUpstreamFailure(reason);
    expect(read.code).toBe("STD-00001");
    const placed = placeProblems(read.problems, {
      request: { from: "urn:altinn:person:identifier-no:21818297804" },
      declaredKeys: ["inntektsaar", "formaal"],
    });
    expect(placed.map((p) => p.field).sort()).toEqual(["metadata.formaal", "metadata.ukjent"]);
  });

  it("matches keys ignoring case: the same request with the keys in capitals is created", async () => {
    const created = await createConsentRequest(
      bankTarget,
      request(twoKeys, { InntektsAar: "2024", FORMAAL: "Boliglån" }),
    );
    expect(created.created).toBe(true);
  });

  it("a caller the resource's policy refuses gets a 403 without a body: a clear refusal, not retried", async () => {
    const before = await consentPosts();
    const error = await upstreamFailure(createConsentRequest(bankTarget, request(listed, { inntektsaar: "2024" })));
    expect(error).toBeInstanceOf(ConsentRequestDeniedError);
    expect(error).toMatchObject({ status: 403, retryable: false, consumer: BANK, resources: [listed] });
    expect(error.detail).toBe(
      `Altinn refused: ${BANK} may not request consent for ${listed} (not on the service owner's access list, or the policy does not allow organisations)`,
    );
    expect(await consentPosts()).toBe(before + 1);
  });
});

describe("createConsentRequest against exact answers", () => {
  let server: TestServer;
  let answer: (res: Parameters<typeof sendJson>[0]) => void;

  beforeAll(async () => {
    server = await startTestServer((_request, res) => answer(res));
    // Tokens still come from the emulator's Maskinporten; only the consent API is the test server.
    const config = upstream().config;
    setUpstreamContext(
      createUpstreamContext((env) => ({
        ...config(env),
        altinn: { ...config(env).altinn, consentRequestsUrl: server.url },
      })),
    );
  });
  afterAll(() => server?.close());

  const sent = () => server.requests.filter((r) => r.method === "POST").length;

  it("does not retry Altinn's 500 STD-00001: exactly one request", async () => {
    answer = (res) =>
      sendJson(res, 500, {
        type: "urn:altinn:error:STD-00001",
        title: "Multiple problems occurred.",
        status: 500,
        code: "STD-00001",
        problems: [
          {
            code: "AM-00007",
            title: "Missing metadata value",
            status: 400,
            "ConsentRight index: 0, key": "inntektsaar",
          },
          { code: "AM-00005", title: "Invalid consent resource", status: 400 },
        ],
      });
    const before = sent();
    const error = await upstreamFailure(createConsentRequest(bankTarget, request(twoKeys, { inntektsaar: "" })));
    expect(error).toMatchObject({
      code: "STD-00001",
      retryable: false,
      problems: [{ code: "AM-00007", key: "inntektsaar" }, { code: "AM-00005" }],
    });
    expect(sent() - before).toBe(1);
  });

  it("retries a bare 503 (safe: the id is the caller's), and reads the request it then gets", async () => {
    let calls = 0;
    answer = (res) =>
      ++calls === 1
        ? sendJson(res, 503, { title: "busy" })
        : sendJson(res, 201, { id: "x", status: "Created", viewUri: "https://am/x" });
    const before = sent();
    const created = await createConsentRequest(bankTarget, request(twoKeys, { inntektsaar: "2024", formaal: "lån" }));
    expect(created).toMatchObject({ created: true, request: { status: "Created" } });
    expect(sent() - before).toBe(2);
  });

  it("reads the status of a repeated id's 200, which Altinn answers in its internal shape (consentRequestStatus)", async () => {
    answer = (res) => sendJson(res, 200, { id: "x", consentRequestStatus: "Accepted", viewUri: "https://am/x" });
    const repeated = await createConsentRequest(bankTarget, request(twoKeys, { inntektsaar: "2024", formaal: "lån" }));
    expect(repeated).toMatchObject({ created: false, request: { status: "Accepted" } });
  });

  it("calls an answer it cannot read invalid-response, not retryable", async () => {
    answer = (res) => sendJson(res, 201, { status: "Created" });
    const error = await upstreamFailure(
      createConsentRequest(bankTarget, request(twoKeys, { inntektsaar: "2024", formaal: "lån" })),
    );
    expect(error).toMatchObject({ kind: "invalid-response", status: 201, retryable: false });
  });

  it("refuses to send `metaData`, which Altinn would ignore", async () => {
    const before = sent();
    const right = {
      action: ["consent"],
      resource: [{ type: "urn:altinn:resource", value: twoKeys }],
      metaData: { inntektsaar: "2024" },
    };
    await expect(
      createConsentRequest(bankTarget, { ...request(twoKeys, {}), consentRights: [right] } as TCreateConsentRequest),
    ).rejects.toThrow(/metaData/);
    expect(sent()).toBe(before);
  });
});
