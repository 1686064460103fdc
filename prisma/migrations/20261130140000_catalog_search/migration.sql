-- The public catalog searched and paged in PostgreSQL (issue 17). Prisma's schema has no extensions, collations,
-- functions or triggers: those below are written by hand; the two tables and their indexes are declared in
-- schema.prisma (CatalogEntry, CatalogRevision).

-- Trigram matching finds a word inside a Norwegian compound ("data" in "lønnsdata"), which full text cannot.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Titles sort in Norwegian order (æ, ø, å after z), as the UI's `localeCompare(…, "nb")` did.
CREATE COLLATION IF NOT EXISTS "catalog_nb" (provider = icu, locale = 'nb');

-- CreateTable
CREATE TABLE "CatalogEntry" (
    "resourceId" UUID NOT NULL,
    "titleNb" TEXT NOT NULL,
    "titleNn" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "search" tsvector NOT NULL,
    "searchText" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogEntry_pkey" PRIMARY KEY ("resourceId")
);

-- CreateTable
CREATE TABLE "CatalogRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CatalogEntry_search_idx" ON "CatalogEntry" USING GIN ("search");

-- CreateIndex
CREATE INDEX "CatalogEntry_searchText_idx" ON "CatalogEntry" USING GIN ("searchText" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "CatalogEntry" ADD CONSTRAINT "CatalogEntry_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ConsentResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "CatalogRevision" ("id", "revision") VALUES (1, 0);

-- Every change the public catalog shows moves the revision on, in the same transaction as the change: the portal's
-- replicas key their cached catalog pages by it (lib/catalog/catalog-revision.ts), so a commit in any process (a
-- server action, the upstream worker) is seen by all of them on their next request.
CREATE FUNCTION "catalog_revision_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CatalogRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;

-- One resource's search document: the version the catalog shows (production's published one, else test's), its
-- titles, descriptions and keywords in every language, the owner's name and the identifier. None when no
-- environment has it published: drafts, withdrawn and deleted resources are not in the catalog. A version is never
-- changed once saved (each save is a new one), so publications and owner names are all that change a document.
CREATE FUNCTION "catalog_entry_refresh"("target" UUID) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CatalogEntry" WHERE "resourceId" = "target";
  INSERT INTO "CatalogEntry" ("resourceId", "titleNb", "titleNn", "titleEn", "search", "searchText", "updatedAt")
  SELECT r."id",
         coalesce(v."content" #>> '{title,nb}', ''),
         -- As inLocale (lib/consent-resources/localized.ts): nynorsk, else bokmål where the owner wrote none.
         coalesce(nullif(v."content" #>> '{title,nn}', ''), v."content" #>> '{title,nb}', ''),
         coalesce(v."content" #>> '{title,en}', ''),
         to_tsvector('norwegian', doc.text),
         doc.text,
         CURRENT_TIMESTAMP
  FROM "ConsentResource" r
  JOIN "Organisation" o ON o."id" = r."organisationId"
  JOIN LATERAL (
    SELECT ver."content"
    FROM "ConsentResourcePublication" p
    JOIN "ConsentResourceVersion" ver ON ver."id" = p."versionId"
    WHERE p."resourceId" = r."id" AND p."state" = 'PUBLISHED'
    ORDER BY (p."environment" = 'PROD') DESC
    LIMIT 1
  ) v ON true
  CROSS JOIN LATERAL (
    -- Lowercased with ICU's Norwegian rules, so Æ, Ø and Å fold whatever the database's own locale is.
    SELECT lower(concat_ws(E'\n',
      v."content" #>> '{title,nb}', v."content" #>> '{title,nn}', v."content" #>> '{title,en}',
      v."content" #>> '{description,nb}', v."content" #>> '{description,nn}', v."content" #>> '{description,en}',
      (SELECT string_agg(k ->> 'word', E'\n')
         FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v."content" -> 'keywords') = 'array'
                                        THEN v."content" -> 'keywords' ELSE '[]'::jsonb END) AS k),
      o."name",
      r."identifier") COLLATE "catalog_nb") AS text
  ) doc
  WHERE r."id" = "target";
END $$;

CREATE FUNCTION "catalog_publication_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "catalog_entry_refresh"(OLD."resourceId"); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."resourceId" <> OLD."resourceId") THEN
    PERFORM "catalog_entry_refresh"(NEW."resourceId");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "catalog_owner_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "catalog_entry_refresh"(e."resourceId")
  FROM "CatalogEntry" e JOIN "ConsentResource" r ON r."id" = e."resourceId"
  WHERE r."organisationId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "ConsentResourcePublication_catalog" AFTER INSERT OR UPDATE OR DELETE ON "ConsentResourcePublication"
  FOR EACH ROW EXECUTE FUNCTION "catalog_publication_changed"();

CREATE TRIGGER "Organisation_catalog" AFTER UPDATE OF "name" ON "Organisation"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "catalog_owner_renamed"();

-- The revision moves with every change of what a catalog page shows: its entries, and the documentation of each.
CREATE TRIGGER "CatalogEntry_revision" AFTER INSERT OR UPDATE OR DELETE ON "CatalogEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog_revision_bump"();

CREATE TRIGGER "ResourceDocumentation_revision" AFTER INSERT OR UPDATE OR DELETE ON "ResourceDocumentation"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog_revision_bump"();

-- The resources published before this migration.
SELECT "catalog_entry_refresh"(r."id")
FROM "ConsentResource" r
WHERE EXISTS (SELECT 1 FROM "ConsentResourcePublication" p WHERE p."resourceId" = r."id" AND p."state" = 'PUBLISHED');
