-- DropIndex
DROP INDEX "AuditEvent_organisationId_createdAt_idx";

-- AlterTable
ALTER TABLE "AccessList" ADD COLUMN     "memberCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_createdAt_id_idx" ON "AuditEvent"("organisationId", "createdAt" DESC, "id" DESC);

-- A list's member count, kept in the same transaction as every change of its members: statement-level triggers
-- with transition tables, so an import of 5,000 members updates the list row once, not 5,000 times. Written by
-- hand (Prisma's schema has no triggers); the column is declared in schema.prisma.
UPDATE "AccessList" AS list
SET "memberCount" = counted.n
FROM (SELECT "accessListId", count(*)::integer AS n FROM "AccessListMember" GROUP BY "accessListId") AS counted
WHERE list."id" = counted."accessListId";

CREATE FUNCTION "access_list_member_count_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AccessList" AS list SET "memberCount" = list."memberCount" + added.n
  FROM (SELECT "accessListId", count(*)::integer AS n FROM added_rows GROUP BY "accessListId") AS added
  WHERE list."id" = added."accessListId";
  RETURN NULL;
END $$;

CREATE FUNCTION "access_list_member_count_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- When the list itself is being deleted (cascade), its row is already gone and nothing is updated.
  UPDATE "AccessList" AS list SET "memberCount" = list."memberCount" - removed.n
  FROM (SELECT "accessListId", count(*)::integer AS n FROM removed_rows GROUP BY "accessListId") AS removed
  WHERE list."id" = removed."accessListId";
  RETURN NULL;
END $$;

CREATE FUNCTION "access_list_member_count_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AccessList" AS list SET "memberCount" = list."memberCount" + moved.n
  FROM (
    SELECT "accessListId", sum(n)::integer AS n FROM (
      SELECT "accessListId", 1 AS n FROM added_rows
      UNION ALL
      SELECT "accessListId", -1 AS n FROM removed_rows
    ) AS changes GROUP BY "accessListId"
  ) AS moved
  WHERE list."id" = moved."accessListId" AND moved.n <> 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "AccessListMember_count_insert" AFTER INSERT ON "AccessListMember"
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION "access_list_member_count_insert"();

CREATE TRIGGER "AccessListMember_count_delete" AFTER DELETE ON "AccessListMember"
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION "access_list_member_count_delete"();

CREATE TRIGGER "AccessListMember_count_update" AFTER UPDATE ON "AccessListMember"
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "access_list_member_count_update"();

-- TRUNCATE fires no row triggers: the lists it empties are set to zero.
CREATE FUNCTION "access_list_member_count_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AccessList" SET "memberCount" = 0 WHERE "memberCount" <> 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "AccessListMember_count_truncate" AFTER TRUNCATE ON "AccessListMember"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_list_member_count_truncate"();
