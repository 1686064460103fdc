import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveResource } from "@/emulator/registry/resource-store";
import { startEmulator } from "@/emulator/start-emulator";
import { grantDigdirScopes } from "@/emulator/test-support/altinn-token";
import { stamiConsentResource } from "@/emulator/test-support/consent-resource";
import { buildConsentRequest, dateInDays, type TKitResource } from "@/lib/integration-kit/consent-request-rules";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/upstream/upstream-context";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import type { TUpstreamChangeForHandler } from "../upstream-kinds";
import { createConsentRequestHandler } from "./consent-request-handlers";

// The handler against the emulator in-process, acting for consumers (consumer_org) that have Digdir's grant of the
// consent API scopes: one has delegated both to the operator, the other only the read scope.

const db = testDb();
const identifier = `handler-consent-${uniqueSuffix()}`;
const CONSENT_API = "/test/platform/accessmanagement/api/v1/enterprise/consentrequests";
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let userId: string;
let delegated: { id: string; orgNumber: string };
let readOnly: { id: string; orgNumber: string };

const resource: TKitResource = {
  identifier, title: {}, owner: { name: "Stami", orgNumber: "874761222" }, consentTemplate: "default",
  metadata: [{ key: "inntektsaar", optional: false }], scopes: [], isOneTimeConsent: false, accessListName: null,
};

/** A test row as the start action leaves it, and its change. */
async function queuedTest(organisation: { id: string; orgNumber: string }): Promise<TUpstreamChangeForHandler> {
  const id = crypto.randomUUID();
  const draft = {
    partyType: "person" as const, party: "25922947409", validTo: dateInDays(7), metadata: { inntektsaar: "2029" },
    requestMessage: "", redirectUrl: "https://bank.example/done",
  };
  const request = buildConsentRequest({ id, consumerOrgNumber: organisation.orgNumber, resource, draft });
  await db.integrationTest.create({ data: { id, organisationId: organisation.id, environment: "TEST", resourceIdentifier: identifier, request, createdById: userId } });
  return {
    id: crypto.randomUUID(), kind: "altinn.consent-request.create", environment: "TEST", organisationId: organisation.id,
    targetType: "integration-test", targetId: id, payload: { actingFor: organisation.orgNumber, integrationTestId: id },
  };
}

async function emulatorState() {
  const response = await fetch(`${emulator.url}/_emulator/state`);
  return (await response.json()) as {
    "consent.requests": { test: { id: string; to: string; status: string }[] };
    requests: { method: string; path: string; status: number }[];
  };
}

async function delegate(consumerOrg: string, scopes: string[]) {
  const body = JSON.stringify({ env: "test", consumerOrg, supplierOrg: "991825827", scopes });
  expect((await fetch(`${emulator.url}/_emulator/delegations`, { method: "POST", headers: { "content-type": "application/json" }, body })).ok).toBe(true);
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  saveResource("test", identifier, stamiConsentResource({ identifier, consentMetadata: { inntektsaar: { optional: false } } }));
  userId = (await createUser(db)).id;
  delegated = await createOrganisation(db);
  readOnly = await createOrganisation(db);
  const scopes = ["altinn:consentrequests.read", "altinn:consentrequests.write"];
  for (const consumer of [delegated, readOnly]) await grantDigdirScopes(emulator.url, consumer.orgNumber, scopes);
  await delegate(delegated.orgNumber, scopes);
  await delegate(readOnly.orgNumber, ["altinn:consentrequests.read"]);
  const key = await generateTestClientKey();
  const clientId = `consent-request-handlers-${identifier}`;
  const client = { env: "test", client_id: clientId, client_orgno: "991825827", scopes, jwks: { keys: [key.publicJwk] } };
  const registered = await fetch(`${emulator.url}/_emulator/clients`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(client) });
  expect(registered.status).toBe(201);
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(emulator.url, key, clientId)));
});

afterAll(async () => {
  setUpstreamContext(undefined);
  await emulator?.close();
  await db.$disconnect();
});

describe("consent request handler", () => {
  it("creates the request in Altinn for the consumer and stores its viewUri; running it again creates no second one", async () => {
    const change = await queuedTest(delegated);
    await createConsentRequestHandler(change);
    await createConsentRequestHandler(change);

    const row = await db.integrationTest.findUniqueOrThrow({ where: { id: change.targetId } });
    expect(row).toMatchObject({ viewUri: `${emulator.url}/test/consent/requests/${change.targetId}`, consentStatus: "created" });
    const state = await emulatorState();
    expect(state["consent.requests"].test.filter((request) => request.id === change.targetId)).toEqual([
      expect.objectContaining({ to: `urn:altinn:organization:identifier-no:${delegated.orgNumber}`, status: "created" }),
    ]);
    const posts = state.requests.filter((request) => request.method === "POST" && request.path === CONSENT_API);
    expect(posts.map((post) => post.status)).toEqual([201, 200]);
  });

  it("fails for good, naming the scope, when the consumer has not delegated altinn:consentrequests.write", async () => {
    const change = await queuedTest(readOnly);
    const creating = createConsentRequestHandler(change);
    await expect(creating).rejects.toMatchObject({ retryable: false, message: expect.stringContaining("altinn:consentrequests.write") });
    expect(await db.integrationTest.findUniqueOrThrow({ where: { id: change.targetId } })).toMatchObject({ viewUri: null, consentStatus: null });
    expect((await emulatorState())["consent.requests"].test.some((request) => request.id === change.targetId)).toBe(false);
  });

  it("does nothing when the test is gone (its organisation removed)", async () => {
    const change = await queuedTest(delegated);
    await db.integrationTest.delete({ where: { id: change.targetId } });
    await expect(createConsentRequestHandler(change)).resolves.toBeUndefined();
  });
});
