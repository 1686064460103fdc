-- The catalog's revision is announced when it moves (issue 17): each portal process keeps it in memory and updates it
-- from this notification instead of reading the row on every visitor's request (lib/catalog/catalog-revision.ts,
-- lib/platform/cache/notified-revision.ts). PostgreSQL delivers a NOTIFY when the transaction that sent it commits,
-- never for one rolled back, so a listener learns the new revision only once the change it stands for is visible.
-- The payload is the new revision; a process takes the largest it has seen, so the order of delivery does not matter.
CREATE OR REPLACE FUNCTION "catalog_revision_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved BIGINT;
BEGIN
  UPDATE "CatalogRevision" SET "revision" = "revision" + 1 WHERE "id" = 1 RETURNING "revision" INTO moved;
  PERFORM pg_notify('catalog_revision', moved::text);
  RETURN NULL;
END $$;
