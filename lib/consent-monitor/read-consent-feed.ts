import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import type { TConsentEventsPage } from "./consent-events-client";
import { consentEventKey } from "./event-key";

export type TStoredConsentEvent = { id: string; requestId: string; eventType: string; changedDate: Date };

/** Pages read in one go at most; the rest waits for the next poll. */
const MAX_PAGES = 50;

/**
 * Reads one consumer's feed in one environment from where it stopped, each event processed exactly once:
 * - each page is read and stored in one transaction that first takes a transaction-scoped advisory lock on the
 *   consumer + environment (pg_try_advisory_xact_lock): a second worker finds it taken and leaves the feed to the
 *   first, so two workers never read the same page at once;
 * - the page's events, what they cause (`onNewEvents`: statuses, notifications, webhook deliveries) and the
 *   continuation token after the page are committed together: a worker killed between two pages has committed the
 *   first and not the second, and the next reader starts at the second;
 * - the token moves only past a full page (Altinn gives `links.next` only then, ConsentController.GetConsentEvents):
 *   a partial page is read again on the next poll, and the unique ConsentEvent.eventKey keeps its known events out
 *   (`createManyAndReturn` with skipDuplicates returns only the new ones, and only those reach `onNewEvents`).
 * The page is fetched while the transaction is open, as the lock must cover fetch and commit; one call, with the
 * HTTP client's timeout.
 */
export async function readConsentFeed(options: {
  db: TDb;
  organisationId: string;
  environment: TEnvironment;
  fetchPage: (continuationToken: string | null) => Promise<TConsentEventsPage>;
  onNewEvents: (tx: TTx, events: TStoredConsentEvent[]) => Promise<void>;
  maxPages?: number;
}): Promise<{ busy: boolean; pages: number; newEvents: number }> {
  const { db, organisationId, environment } = options;
  const where = { organisationId_environment: { organisationId, environment } };
  let pages = 0;
  let newEvents = 0;
  try {
    for (let more = true; more && pages < (options.maxPages ?? MAX_PAGES);) {
      const result = await db.$transaction(
        async (tx) => {
          const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
            SELECT pg_try_advisory_xact_lock(hashtext('consent-feed'), hashtext(${`${organisationId}:${environment}`})) AS locked`;
          if (!lock?.locked) return null;
          const cursor = await tx.consentFeedCursor.upsert({
            where,
            create: { organisationId, environment },
            update: {},
            select: { continuationToken: true },
          });
          const page = await options.fetchPage(cursor.continuationToken);
          const rows = page.events.map((event) => ({
            organisationId,
            environment,
            requestId: event.consentRequestId.toLowerCase(),
            eventType: (event.eventType ?? "").toLowerCase(),
            changedDate: new Date(event.changedDate),
            eventKey: consentEventKey(organisationId, environment, event),
          }));
          const inserted = rows.length
            ? await tx.consentEvent.createManyAndReturn({
                data: rows,
                skipDuplicates: true,
                select: { id: true, requestId: true, eventType: true, changedDate: true },
              })
            : [];
          if (inserted.length) await options.onNewEvents(tx, inserted);
          await tx.consentFeedCursor.update({
            where,
            data: {
              continuationToken: page.nextToken ?? cursor.continuationToken,
              lastReadAt: new Date(),
              lastError: null,
            },
          });
          return { more: page.nextToken !== null, inserted: inserted.length };
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      if (!result) return { busy: true, pages, newEvents };
      pages += 1;
      newEvents += result.inserted;
      more = result.more;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.consentFeedCursor.upsert({
      where,
      create: { organisationId, environment, lastError: message.slice(0, 500) },
      update: { lastError: message.slice(0, 500) },
    });
    throw error;
  }
  return { busy: false, pages, newEvents };
}
