-- The portal's revision (issue 17, signed-in pages from memory): one counter moved on, once per transaction, by every
-- transaction that changes something a signed-in page shows, and announced when it commits. The portal's HTTP server
-- keeps a person's rendered pages in memory under it (lib/platform/cache/personal-page-key.ts), so any change in any
-- process (a server action, the upstream worker, an import) gives every page a new key on the next request.
--
-- Fired as deferred constraint triggers, at commit: the row lock every writer takes on the counter is held only while
-- its transaction commits, not while it works, so writers (the queue's jobs) do not wait on each other. The first row
-- of a transaction moves the counter and notifies; the others see the transaction-local flag and return at once.
-- PostgreSQL delivers the NOTIFY when the transaction commits, never for one rolled back, and a reader sees the new
-- value only once the change is visible (lib/platform/cache/notified-revision.ts says what a process may see meanwhile).
CREATE TABLE "PortalRevision" (
  "id" INTEGER NOT NULL DEFAULT 1,
  "revision" BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT "PortalRevision_pkey" PRIMARY KEY ("id")
);
INSERT INTO "PortalRevision" ("id", "revision") VALUES (1, 0);

CREATE FUNCTION "portal_revision_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved BIGINT;
BEGIN
  IF current_setting('portal.revision_moved', true) = '1' THEN
    RETURN NULL;
  END IF;
  UPDATE "PortalRevision" SET "revision" = "revision" + 1 WHERE "id" = 1 RETURNING "revision" INTO moved;
  PERFORM pg_notify('portal_revision', moved::text);
  PERFORM set_config('portal.revision_moved', '1', true);
  RETURN NULL;
END $$;

-- Every table a page reads, except: the rate limiter's counters (written by reads), the two revisions themselves, and
-- the sessions' `lastSeenAt` (written at most once a minute per person as they browse; a session that ends or moves its
-- expiry does count). pg-boss keeps its queue in its own schema. A test (lib/platform/cache/portal-revision.test.ts)
-- fails when a new table has no trigger and is not named here as left out.
DO $$
DECLARE
  name TEXT;
BEGIN
  FOREACH name IN ARRAY ARRAY[
    'User', 'Organisation', 'Membership', 'AuditEvent', 'UpstreamChange', 'MaskinportenScope', 'ConsentResource',
    'ConsentResourceVersion', 'ConsentResourcePublication', 'ConsentResourceEvent', 'CatalogEntry',
    'ResourceDocumentation', 'AccessList', 'AccessListMember', 'AccessListResourceLink', 'AccessRequest',
    'AccessRequestEvent', 'AccessRequestGrant', 'Notification', 'MaskinportenClient', 'MaskinportenClientKey',
    'ConsentScopeRequest', 'ConnectionAttestation', 'IntegrationTest', 'ConsentFeedCursor', 'TrackedConsent',
    'ConsentEvent', 'ConsentWebhook', 'ConsentWebhookDelivery', 'DriftFinding', 'DriftCheck', 'ApiToken'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER "portal_revision" AFTER INSERT OR UPDATE OR DELETE ON %I '
      'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "portal_revision_bump"()', name);
    EXECUTE format(
      'CREATE TRIGGER "portal_revision_truncate" AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "portal_revision_bump"()', name);
  END LOOP;
END $$;

CREATE CONSTRAINT TRIGGER "portal_revision" AFTER UPDATE OF "endedAt", "expiresAt", "userId" OR DELETE ON "UserSession"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "portal_revision_bump"();
