import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConsentRequest, dateInDays, type TKitResource } from "@/lib/integration-kit/consent-request-rules";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { readUpstreamFailure } from "@/lib/platform/jobs/describe-upstream-failure";
import { runUpstreamChange } from "@/lib/platform/jobs/run-upstream-change";
import type { TUpstreamChangeForHandler } from "@/lib/platform/jobs/define-upstream-job";
import { consentRequestCreateJob } from "./consent-request-jobs";
import { CONSENT_SCOPES, startKitEmulator } from "./test-support/kit-emulator";
import { resource as kitResource } from "./test-support/kit-fixtures";

// The handler against the emulator in-process, acting for consumers (consumer_org) that have Digdir's grant of the
// consent API scopes: one has delegated both to the operator, the other only the read scope.

const db = testDb();
const identifier = `handler-consent-${uniqueSuffix()}`;
const CONSENT_API = "/test/platform/accessmanagement/api/v1/enterprise/consentrequests";
let emulator: Awaited<ReturnType<typeof startKitEmulator>>;
let userId: string;
let delegated: { id: string; orgNumber: string };
let readOnly: { id: string; orgNumber: string };

const resource: TKitResource = {
  ...kitResource,
  identifier,
  title: {},
  owner: { name: "Stami", orgNumber: "874761222" },
  metadata: [{ key: "inntektsaar", optional: false }],
  scopes: [],
};

/** A test row as the start action leaves it (or with the request `adjust`ed), and its change. */
async function queuedTest(
  organisation: { id: string; orgNumber: string },
  adjust: (request: Record<string, unknown>) => Record<string, unknown> = (request) => request,
): Promise<TUpstreamChangeForHandler> {
  const id = crypto.randomUUID();
  const draft = {
    partyType: "person" as const,
    party: "25922947409",
    requiredDelegator: "",
    validTo: dateInDays(7),
    metadata: { inntektsaar: "2029" },
    requestMessage: "",
    redirectUrl: "https://bank.example/done",
    portalViewMode: "Hide" as const,
  };
  const request = adjust(buildConsentRequest({ id, consumerOrgNumber: organisation.orgNumber, resource, draft }));
  await db.integrationTest.create({
    data: {
      id,
      organisationId: organisation.id,
      environment: "TEST",
      resourceIdentifier: identifier,
      request: request as object,
      createdById: userId,
    },
  });
  return {
    id: crypto.randomUUID(),
    kind: "altinn.consent-request.create",
    environment: "TEST",
    organisationId: organisation.id,
    targetType: "integration-test",
    targetId: id,
    payload: { actingFor: organisation.orgNumber, integrationTestId: id },
  };
}

async function emulatorState() {
  const response = await fetch(`${emulator.url}/_emulator/state`);
  return (await response.json()) as {
    "consent.requests": { test: { id: string; to: string; status: string }[] };
    requests: { method: string; path: string; status: number }[];
  };
}

beforeAll(async () => {
  emulator = await startKitEmulator({ identifier, clientId: `consent-request-handlers-${identifier}` });
  userId = (await createUser(db)).id;
  delegated = await createOrganisation(db);
  readOnly = await createOrganisation(db);
  await emulator.consumer(delegated.orgNumber, CONSENT_SCOPES);
  await emulator.consumer(readOnly.orgNumber, ["altinn:consentrequests.read"]);
});

afterAll(async () => {
  await emulator?.close();
  await db.$disconnect();
});

describe("consent request handler", () => {
  it("creates the request in Altinn for the consumer and stores its viewUri; running it again creates no second one", async () => {
    const change = await queuedTest(delegated);
    await consentRequestCreateJob.run(change);
    await consentRequestCreateJob.run(change);

    const row = await db.integrationTest.findUniqueOrThrow({ where: { id: change.targetId } });
    expect(row).toMatchObject({
      viewUri: `${emulator.url}/test/consent/requests/${change.targetId}`,
      consentStatus: expect.stringMatching(/^created$/i),
    });
    const state = await emulatorState();
    expect(state["consent.requests"].test.filter((request) => request.id === change.targetId)).toEqual([
      expect.objectContaining({
        to: `urn:altinn:organization:identifier-no:${delegated.orgNumber}`,
        status: expect.stringMatching(/^created$/i),
      }),
    ]);
    const posts = state.requests.filter((request) => request.method === "POST" && request.path === CONSENT_API);
    expect(posts.map((post) => post.status)).toEqual([201, 200]);
  });

  it("fails for good, naming the scope, when the consumer has not delegated altinn:consentrequests.write", async () => {
    const change = await queuedTest(readOnly);
    const creating = consentRequestCreateJob.run(change);
    await expect(creating).rejects.toMatchObject({
      retryable: false,
      message: expect.stringContaining("altinn:consentrequests.write"),
    });
    expect(await db.integrationTest.findUniqueOrThrow({ where: { id: change.targetId } })).toMatchObject({
      viewUri: null,
      consentStatus: null,
    });
    expect((await emulatorState())["consent.requests"].test.some((request) => request.id === change.targetId)).toBe(
      false,
    );
  });

  it("fails at once on Altinn's STD-00001, with both problems as the reason, after exactly one POST", async () => {
    // An undeclared key instead of the declared one: AM-00006 and AM-00008, so HTTP 500 STD-00001.
    const change = await queuedTest(delegated, (request) => ({
      ...request,
      consentRights: [
        {
          action: ["consent"],
          resource: [{ type: "urn:altinn:resource", value: identifier }],
          metadata: { ukjent: "x" },
        },
      ],
    }));
    const stored = await db.upstreamChange.create({
      data: {
        id: change.id,
        organisationId: delegated.id,
        environment: "TEST",
        kind: change.kind,
        targetType: change.targetType,
        targetId: change.targetId,
        payload: change.payload as object,
      },
    });
    const posts = async () =>
      (await emulatorState()).requests.filter((request) => request.method === "POST" && request.path === CONSENT_API)
        .length;
    const before = await posts();
    const handlers = { "altinn.consent-request.create": consentRequestCreateJob.run };
    expect(await runUpstreamChange({ db, changeId: stored.id, handlers, retryCount: 0, retryLimit: 3 })).toBe("failed");
    expect(await posts()).toBe(before + 1);
    const { status, attempts, lastError } = await db.upstreamChange.findUniqueOrThrow({ where: { id: stored.id } });
    expect({ status, attempts }).toEqual({ status: "FAILED", attempts: 1 });
    expect(readUpstreamFailure(lastError)).toMatchObject({
      status: 500,
      code: "STD-00001",
      problems: expect.arrayContaining([
        expect.objectContaining({ code: "AM-00006", key: "ukjent" }),
        expect.objectContaining({ code: "AM-00008", key: "inntektsaar" }),
      ]),
    });
  });

  it("sends a row stored before the kit spelled `metadata` as the OpenAPI does", async () => {
    const change = await queuedTest(delegated, ({ consentRights, ...request }) => ({
      ...request,
      consentRights: (consentRights as { metadata: unknown }[]).map(({ metadata, ...right }) => ({
        ...right,
        metaData: metadata,
      })),
    }));
    await consentRequestCreateJob.run(change);
    const state = await emulatorState();
    expect(state["consent.requests"].test.find((request) => request.id === change.targetId)).toBeDefined();
  });

  it("does nothing when the test is gone (its organisation removed)", async () => {
    const change = await queuedTest(delegated);
    await db.integrationTest.delete({ where: { id: change.targetId } });
    await expect(consentRequestCreateJob.run(change)).resolves.toBeUndefined();
  });
});
