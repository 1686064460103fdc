import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import {
  BANK,
  bankTarget,
  letBankUseConsentApi,
  publishConsentResource,
} from "@/lib/platform/upstream/contract/openapi-contract-fixture";
import { createConsentRequest } from "@/lib/platform/upstream/consent-requests-client";
import { createOrganisation, testDb } from "@/test/factories";
import { getConsentEventsPage } from "./consent-events-client";
import { readConsentFeed } from "./read-consent-feed";
import { registerConsent } from "./register-consent";

// The feed client and reader against the emulator's feed, which pages as Altinn's ConsentController.GetConsentEvents
// does (links.next only for a full page, the token base64 of the last event id's Guid bytes): read as the bank through
// its delegation to the portal, two events a page, no safety lag.

const db = testDb();
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
const resource = `feed-${Date.now()}`;

beforeAll(async () => {
  emulator = await startContractEmulator({
    env: { EMULATOR_CONSENT_EVENTS_LAG_MS: "0", EMULATOR_CONSENT_EVENTS_PAGE_SIZE: "2" },
  });
  await publishConsentResource(resource);
  await letBankUseConsentApi(emulator);
});
afterAll(async () => {
  await emulator.close();
  await db.$disconnect();
});

async function createRequest(): Promise<string> {
  const id = randomUUID();
  await createConsentRequest(bankTarget, {
    id,
    from: "urn:altinn:person:identifier-no:21818297804",
    to: `urn:altinn:organization:identifier-no:${BANK}`,
    validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    consentRights: [
      {
        action: ["consent"],
        resource: [{ type: "urn:altinn:resource", value: resource }],
        metadata: { inntektsaar: "2025" },
      },
    ],
    redirectUrl: "https://bank.example/done",
  });
  return id;
}

describe("the consent events feed, read from the emulator", () => {
  it("follows the continuation token page by page and stores each event once", async () => {
    const organisation = await createOrganisation(db);
    const read = () =>
      readConsentFeed({
        db,
        organisationId: organisation.id,
        environment: "TEST",
        fetchPage: (token) => getConsentEventsPage(bankTarget, token),
        onNewEvents: async () => {},
      });
    const before = (await read()).newEvents; // whatever the bank's feed already holds from other files' requests
    const ids = [await createRequest(), await createRequest(), await createRequest()];
    await emulator.control("POST", `/_emulator/consent/test/${ids[0]}/delete`);
    const first = await read();
    expect(first.newEvents).toBe(4);
    expect(before + first.newEvents).toBe(await db.consentEvent.count({ where: { organisationId: organisation.id } }));
    const stored = await db.consentEvent.findMany({
      where: { organisationId: organisation.id, requestId: { in: ids } },
      orderBy: { changedDate: "asc" },
    });
    expect(stored.map((event) => event.eventType)).toEqual(["created", "created", "created", "deleted"]);
    const cursor = await db.consentFeedCursor.findUniqueOrThrow({
      where: { organisationId_environment: { organisationId: organisation.id, environment: "TEST" } },
    });
    expect(Buffer.from(cursor.continuationToken!, "base64")).toHaveLength(16);

    // Read again: nothing new; one more event: exactly one.
    expect((await read()).newEvents).toBe(0);
    await emulator.control("POST", `/_emulator/consent/test/${ids[1]}/delete`);
    expect((await read()).newEvents).toBe(1);
  });

  it("registers a request by id only when Altinn has it addressed to the consumer", async () => {
    const bank = await db.organisation.upsert({
      where: { orgNumber: BANK },
      create: { orgNumber: BANK, name: "Testbanken AS" },
      update: {},
      select: { id: true, orgNumber: true },
    });
    const id = await createRequest();
    const register = (requestId: string) =>
      db.$transaction((tx) => registerConsent({ tx, organisation: bank, requestId, environment: "test" }));
    const { consentId } = await register(id.toUpperCase());
    expect(await db.trackedConsent.findUniqueOrThrow({ where: { id: consentId } })).toMatchObject({
      requestId: id,
      source: "registered",
      resourceIdentifier: resource,
      status: "created",
    });
    // Unknown to Altinn (404; another consumer's is 403, refused alike): a field error beside the id.
    await expect(register(randomUUID())).rejects.toMatchObject({
      options: { fieldErrors: { requestId: ["consentNotFound"] } },
    });
  });
});
