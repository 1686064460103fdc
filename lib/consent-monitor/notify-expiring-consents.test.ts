import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, testDb } from "@/test/factories";
import { notifyExpiringConsents } from "./notify-expiring-consents";

// Consents about to end are announced once (notification and webhook), however many polls and workers run; those
// whose validTo has passed become expired.

const db = testDb();
afterAll(() => db.$disconnect());

const DAY = 24 * 60 * 60 * 1000;

describe("notifyExpiringConsents", () => {
  it("announces an accepted consent ending within 7 days once, and expires a passed one", async () => {
    const organisation = await createOrganisation(db);
    const now = new Date();
    const consent = (status: string, validTo: Date) => ({
      organisationId: organisation.id,
      environment: "TEST" as const,
      requestId: crypto.randomUUID(),
      source: "registered",
      resourceIdentifier: "bank-lan",
      status,
      validTo,
    });
    const soon = consent("accepted", new Date(now.getTime() + 3 * DAY));
    const later = consent("accepted", new Date(now.getTime() + 30 * DAY));
    const passed = consent("accepted", new Date(now.getTime() - DAY));
    const revoked = consent("revoked", new Date(now.getTime() + 2 * DAY));
    await db.trackedConsent.createMany({ data: [soon, later, passed, revoked] });
    await db.consentWebhook.create({
      data: { organisationId: organisation.id, url: "https://hooks.bank.example/", secret: "whsec_x" },
    });
    const queued: string[] = [];
    const poll = () =>
      notifyExpiringConsents({
        db,
        organisationId: organisation.id,
        now,
        enqueue: async (_tx, id) => void queued.push(id),
      });
    const counts = await Promise.all([poll(), poll()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await poll()).toBe(0);

    const notifications = await db.notification.findMany({ where: { organisationId: organisation.id } });
    expect(notifications).toEqual([
      expect.objectContaining({
        kind: "consent.expiring",
        params: expect.objectContaining({
          requestId: soon.requestId,
          validTo: soon.validTo.toISOString().slice(0, 10),
        }),
      }),
    ]);
    expect(queued).toHaveLength(1);
    const statuses = await db.trackedConsent.findMany({
      where: { organisationId: organisation.id },
      select: { requestId: true, status: true },
    });
    expect(statuses.find((row) => row.requestId === passed.requestId)?.status).toBe("expired");
    expect(statuses.find((row) => row.requestId === revoked.requestId)?.status).toBe("revoked");
  });
});
