// A tracked consent's status timeline, built from the events the feed gave (lib/consent-monitor/read-consent-feed.ts).
// Altinn's event types (ConsentRequestEventType: Created, Accepted, Rejected, Revoked, Deleted, Expired, Used) are
// enum names: compared lower-cased. `Expired` is never in the feed (Altinn adds it only when a request is read after
// validTo, ConsentService.AddExpiredEventIfConsentIsExpired), so it is derived here from validTo; `Used` changes no
// status.

export const TIMELINE_TYPES = ["created", "accepted", "rejected", "revoked", "deleted", "expired", "used"] as const;
export type TTimelineType = (typeof TIMELINE_TYPES)[number];
export const CONSENT_MONITOR_STATUSES = TIMELINE_TYPES.filter((type) => type !== "used");
export type TMonitorStatus = Exclude<TTimelineType, "used">;

export type TTimelineEntry = { type: TTimelineType; at: Date };

const OPEN: readonly TMonitorStatus[] = ["created", "accepted"];

export function buildConsentTimeline(options: {
  events: { eventType: string; changedDate: Date }[];
  /** When the portal learnt of the request: the created entry when the feed has none (yet). */
  trackedAt?: Date | null;
  validTo?: Date | null;
  now?: Date;
}): { entries: TTimelineEntry[]; status: TMonitorStatus } {
  const now = options.now ?? new Date();
  const entries: TTimelineEntry[] = options.events
    .map((event) => ({ type: event.eventType.toLowerCase() as TTimelineType, at: event.changedDate }))
    .filter((entry) => (TIMELINE_TYPES as readonly string[]).includes(entry.type))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  if (!entries.some((entry) => entry.type === "created") && options.trackedAt) {
    entries.unshift({ type: "created", at: options.trackedAt });
  }
  let status: TMonitorStatus = "created";
  for (const entry of entries) if (entry.type !== "used") status = entry.type;
  const validTo = options.validTo;
  if (validTo && validTo.getTime() <= now.getTime() && OPEN.includes(status)) {
    entries.push({ type: "expired", at: validTo });
    status = "expired";
  }
  return { entries, status };
}

/** Whether an accepted consent ends within `days` (the portal warns once). */
export function isExpiringSoon(options: { status: string; validTo: Date | null; now: Date; days: number }): boolean {
  const { status, validTo, now, days } = options;
  if (status !== "accepted" || !validTo) return false;
  const left = validTo.getTime() - now.getTime();
  return left > 0 && left <= days * 24 * 60 * 60 * 1000;
}
