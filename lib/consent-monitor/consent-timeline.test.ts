import { describe, expect, it } from "vitest";
import { buildConsentTimeline, isExpiringSoon } from "./consent-timeline";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 12, minute));

describe("buildConsentTimeline", () => {
  it("orders the events, ignores their case and unknown types, and the last status-changing one is the status", () => {
    const { entries, status } = buildConsentTimeline({
      events: [
        { eventType: "Revoked", changedDate: at(3) },
        { eventType: "created", changedDate: at(0) },
        { eventType: "Used", changedDate: at(2) },
        { eventType: "Accepted", changedDate: at(1) },
        { eventType: "Something", changedDate: at(4) },
      ],
      validTo: at(60),
      now: at(10),
    });
    expect(entries.map((entry) => entry.type)).toEqual(["created", "accepted", "used", "revoked"]);
    expect(status).toBe("revoked");
  });

  it("starts with the tracking time when the feed has no created event yet", () => {
    const { entries, status } = buildConsentTimeline({ events: [], trackedAt: at(0), now: at(1) });
    expect(entries).toEqual([{ type: "created", at: at(0) }]);
    expect(status).toBe("created");
  });

  it("adds expired at validTo for an open consent, never after a revocation or rejection", () => {
    const accepted = buildConsentTimeline({
      events: [
        { eventType: "Created", changedDate: at(0) },
        { eventType: "Accepted", changedDate: at(1) },
      ],
      validTo: at(5),
      now: at(6),
    });
    expect(accepted.entries.at(-1)).toEqual({ type: "expired", at: at(5) });
    expect(accepted.status).toBe("expired");
    const rejected = buildConsentTimeline({
      events: [{ eventType: "Rejected", changedDate: at(1) }],
      validTo: at(5),
      now: at(6),
    });
    expect(rejected.status).toBe("rejected");
    expect(rejected.entries.map((entry) => entry.type)).toEqual(["rejected"]);
  });
});

describe("isExpiringSoon", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);
  it("is an accepted consent ending within the days given", () => {
    expect(isExpiringSoon({ status: "accepted", validTo: days(6.9), now, days: 7 })).toBe(true);
    expect(isExpiringSoon({ status: "accepted", validTo: days(7.1), now, days: 7 })).toBe(false);
    expect(isExpiringSoon({ status: "accepted", validTo: days(-1), now, days: 7 })).toBe(false);
    expect(isExpiringSoon({ status: "revoked", validTo: days(1), now, days: 7 })).toBe(false);
  });
});
