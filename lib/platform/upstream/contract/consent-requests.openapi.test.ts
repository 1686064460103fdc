import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildConsentRequest,
  dateInDays,
  type TConsentRequestDraft,
  type TKitResource,
} from "@/lib/integration-kit/consent-request-rules";
import { checkExchanges } from "@/test/openapi/check-exchanges";
import { assertMatchesOperation, loadOpenApi } from "@/test/openapi/openapi-contract";
import { recordExchanges } from "@/test/openapi/record-exchanges";
import { consentRequestsHttp } from "../authorized-http-clients";
import {
  createConsentRequest,
  getConsentRequest,
  type TCreateConsentRequest,
  ZCreateConsentRequest,
} from "../consent-requests-client";
import { startContractEmulator } from "./emulator-fixture";
import { BANK, bankTarget, letBankUseConsentApi, publishConsentResource, SKD } from "./openapi-contract-fixture";

// The consent requests the portal builds and sends, and every answer the emulator gives, against Altinn's
// published consent OpenAPI (../shared/realdata/altinn-platform-accessmanagement-v1-consententerprise.json).
// Bodies are captured on the wire (record-exchanges.ts), so this checks what is actually sent and received.

const consent = loadOpenApi("consent");
const REQUESTS = "/accessmanagement/api/v1/enterprise/consentrequests";
const POST = { method: "POST", path: REQUESTS };
const stamp = Date.now();
const oneKey = `openapi-consent-${stamp}`;
const twoKeys = `openapi-consent-two-${stamp}`;

const kitResource = (identifier: string, metadata: TKitResource["metadata"]): TKitResource => ({
  identifier,
  title: { nb: "Inntekt" },
  owner: { name: SKD.name, orgNumber: SKD.orgNumber },
  consentTemplate: "default",
  metadata,
  usesRequestMessage: true,
  scopes: ["skd:inntekt.read"],
  isOneTimeConsent: false,
  accessListName: null,
});

const draft = (overrides: Partial<TConsentRequestDraft> = {}): TConsentRequestDraft => ({
  partyType: "person",
  party: "21818297804",
  requiredDelegator: "",
  validTo: dateInDays(30),
  metadata: { inntektsaar: "2024" },
  requestMessage: "",
  redirectUrl: "https://bank.example/done",
  portalViewMode: "Hide",
  ...overrides,
});

const build = (resource: TKitResource, overrides: Partial<TConsentRequestDraft> = {}) =>
  buildConsentRequest({ id: randomUUID(), consumerOrgNumber: BANK, resource, draft: draft(overrides) });

const ONE_KEY = kitResource(oneKey, [{ key: "inntektsaar", optional: false }]);
const TWO_KEYS = kitResource(twoKeys, [
  { key: "inntektsaar", optional: false },
  { key: "formaal", optional: false },
]);

/** The body with the first right's metadata replaced, to send what the builder's rules would not let through. */
function withMetadata(body: ReturnType<typeof build>, metadata: Record<string, string>): TCreateConsentRequest {
  const [right, ...others] = body.consentRights;
  return { ...body, consentRights: [{ ...right!, metadata }, ...others] };
}

let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
let recorder: ReturnType<typeof recordExchanges>;

beforeAll(async () => {
  emulator = await startContractEmulator();
  await publishConsentResource(oneKey);
  await publishConsentResource(twoKeys, TWO_KEYS.metadata);
  await letBankUseConsentApi(emulator);
  recorder = recordExchanges((url) => url.pathname.includes("/accessmanagement/api/v1/enterprise/consentrequests"));
});
afterAll(async () => {
  recorder?.stop();
  await emulator?.close();
});

/** Checks what was recorded since the last call (every mismatch is listed), and that these operations were among it. */
function expectRecordedToMatch(operations: string[]): ReturnType<typeof checkExchanges> {
  const report = checkExchanges(consent, recorder.take());
  expect(report.problems).toEqual([]);
  expect(report.operations).toEqual(expect.arrayContaining(operations));
  return report;
}

describe("consent request bodies built by the integration kit (buildConsentRequest)", () => {
  it.each([
    ["a person, with a request message", ONE_KEY, { requestMessage: "Vi trenger inntekten din for lånesøknaden." }],
    ["an organisation, no request message", ONE_KEY, { partyType: "organisation" as const, party: SKD.orgNumber }],
    ["two metadata keys", TWO_KEYS, { metadata: { inntektsaar: "2024", formaal: "Boliglån" } }],
    ["a resource without metadata", kitResource(oneKey, []), { metadata: {} }],
    [
      "a required delegator, shown in the person's view",
      ONE_KEY,
      { requiredDelegator: "21818297804", portalViewMode: "Show" as const },
    ],
    ["a mobile app's custom-scheme return address", ONE_KEY, { redirectUrl: "no.bank.app://consent/done" }],
  ])("%s: matches ConsentRequestDto, also after the client's ZCreateConsentRequest", (_, resource, overrides) => {
    const body = build(resource, overrides);
    assertMatchesOperation(consent, POST, body, "request");
    assertMatchesOperation(consent, POST, ZCreateConsentRequest.parse(body), "request");
  });
});

describe("the consent API on the wire (client -> emulator), against the document", () => {
  it("create (201), repeat (200), read (200), unknown id (404): request and answers match", async () => {
    const body = build(ONE_KEY);
    const first = await createConsentRequest(bankTarget, body);
    const repeat = await createConsentRequest(bankTarget, body);
    expect([first.created, repeat.created]).toEqual([true, false]);
    expect(await getConsentRequest(bankTarget, body.id)).toMatchObject({ id: body.id });
    expect(await getConsentRequest(bankTarget, randomUUID())).toBeNull();
    // The optional members: who must answer, shown in the person's own view, back to a mobile app.
    const options = build(ONE_KEY, {
      requiredDelegator: "21818297804",
      portalViewMode: "Show",
      redirectUrl: "no.bank.app://consent/done",
    });
    expect(await createConsentRequest(bankTarget, options)).toMatchObject({ created: true });
    const report = expectRecordedToMatch([
      `POST ${REQUESTS} -> 201`,
      `POST ${REQUESTS} -> 200`,
      `GET ${REQUESTS}/{consentRequestId} -> 200`,
      `GET ${REQUESTS}/{consentRequestId} -> 404`,
    ]);
    expect(report.unchecked).toEqual([]);
    expect(report.checked).toBe(3 + 5); // three request bodies, five answers
  });

  it("a request with one problem is answered 400 with a ProblemDetails body", async () => {
    // Past buildConsentRequest's rules: an undeclared key, which Altinn refuses (AM-00006).
    const body = withMetadata(build(ONE_KEY), { inntektsaar: "2024", ukjent: "x" });
    await expect(createConsentRequest(bankTarget, body)).rejects.toMatchObject({ status: 400 });
    const answers = recorder.exchanges.map((e) => e.responseBody);
    expectRecordedToMatch([`POST ${REQUESTS} -> 400`]);
    expect(answers[0]).toMatchObject({ status: 400, code: "AM-00006" });
  });

  it("a request with two problems is answered 500 STD-00001 with a ProblemDetails body", async () => {
    // A declared key left out (AM-00008) and an undeclared one sent (AM-00006): Altinn answers 500 (DOMAIN.md).
    const body = withMetadata(build(TWO_KEYS, { metadata: { inntektsaar: "2024", formaal: "Boliglån" } }), {
      inntektsaar: "2024",
      ukjent: "x",
    });
    await expect(createConsentRequest(bankTarget, body)).rejects.toMatchObject({ status: 500 });
    const answers = recorder.exchanges.map((e) => e.responseBody);
    expectRecordedToMatch([`POST ${REQUESTS} -> 500`]);
    // ProblemDetails is open: Altinn's `code` and `problems[]` come on top of the documented members.
    expect(answers[0]).toMatchObject({ status: 500, code: "STD-00001", problems: expect.any(Array) });
  });

  it("the events feed answers ConsentStatusChangeDtoPaginatedResult, and so does its next page", async () => {
    const http = consentRequestsHttp(bankTarget, "altinn:consentrequests.read");
    const { status, data } = await http.request<{ links?: { next?: string | null } }>({
      method: "GET",
      path: "events",
    });
    expect(status).toBe(200);
    if (data.links?.next) await http.request({ method: "GET", path: data.links.next });
    expectRecordedToMatch([`GET ${REQUESTS}/events -> 200`]);
  });
});
