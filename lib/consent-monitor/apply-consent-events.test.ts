import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, testDb } from "@/test/factories";
import { applyConsentEvents } from "./apply-consent-events";
import type { TConsentStatusChange } from "./consent-events-client";
import { readConsentFeed } from "./read-consent-feed";

// What the feed's events cause for a tracked consent: its status, a notification for a revocation, and one webhook
// delivery per event (queued in the same transaction), however often the page is read.

const db = testDb();
afterAll(() => db.$disconnect());

describe("applyConsentEvents", () => {
  it("revokes a tracked consent once: status, notification and one webhook delivery per event", async () => {
    const organisation = await createOrganisation(db);
    const requestId = crypto.randomUUID();
    await db.trackedConsent.create({
      data: {
        organisationId: organisation.id,
        environment: "TEST",
        requestId,
        source: "registered",
        resourceIdentifier: "bank-lan",
      },
    });
    await db.consentWebhook.create({
      data: { organisationId: organisation.id, url: "https://hooks.bank.example/", secret: "whsec_x" },
    });
    const events: TConsentStatusChange[] = [
      { consentRequestId: requestId, eventType: "Created", changedDate: "2026-11-30T10:00:00.123456+00:00" },
      { consentRequestId: requestId, eventType: "Accepted", changedDate: "2026-11-30T10:01:00.123456+00:00" },
      { consentRequestId: requestId, eventType: "Revoked", changedDate: "2026-11-30T10:02:00.123456+00:00" },
      { consentRequestId: crypto.randomUUID(), eventType: "Revoked", changedDate: "2026-11-30T10:03:00+00:00" },
    ];
    const queued: string[] = [];
    const read = () =>
      readConsentFeed({
        db,
        organisationId: organisation.id,
        environment: "TEST",
        fetchPage: async () => ({ events, nextToken: null }),
        onNewEvents: applyConsentEvents({
          organisationId: organisation.id,
          environment: "TEST",
          enqueue: async (_tx, id) => void queued.push(id),
        }),
      });
    await read();
    await read(); // the partial page again: nothing new

    const tracked = await db.trackedConsent.findFirstOrThrow({ where: { organisationId: organisation.id, requestId } });
    expect(tracked.status).toBe("revoked");
    const notifications = await db.notification.findMany({ where: { organisationId: organisation.id } });
    expect(notifications).toEqual([
      expect.objectContaining({
        kind: "consent.revoked",
        link: `/orgs/${organisation.orgNumber}/consents/${tracked.id}`,
        params: expect.objectContaining({ requestId, resource: "bank-lan", environment: "test" }),
      }),
    ]);
    const deliveries = await db.consentWebhookDelivery.findMany({ where: { organisationId: organisation.id } });
    expect(deliveries.map((d) => (d.payload as { eventType: string }).eventType).sort()).toEqual([
      "accepted",
      "created",
      "revoked",
    ]);
    expect(queued.sort()).toEqual(deliveries.map((d) => d.id).sort());
    // The untracked request's event is kept for a later registration, without notifying anyone.
    expect(await db.consentEvent.count({ where: { organisationId: organisation.id } })).toBe(4);
  });
});
