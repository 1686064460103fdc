-- Documentation per language (issue 16.6): a resource's documentation becomes one row per language written.
--
-- Rows saved before this migration keep every text and become the language they were written in. Nothing stored
-- records the editor's language at save time, but a row that started from the default template
-- (lib/documentation/default-documentation.ts, prefilled in the editor's language) still carries the template's bold
-- step headings, which differ per language (messages/{en,nn}/documentation.json, `documentation.defaults`): those
-- rows become English or nynorsk. Every other row becomes bokmål, the language every resource text has.
-- The guess is a function so the mapping is tested against the templates themselves
-- (lib/documentation/documentation-language-migration.test.ts).

-- CreateEnum
CREATE TYPE "DocumentationLanguage" AS ENUM ('nb', 'nn', 'en');

CREATE FUNCTION "documentation_written_language"("steps" TEXT) RETURNS "DocumentationLanguage"
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN "steps" LIKE '%**Maskinporten client.**%' OR "steps" LIKE '%**Consent API scopes.**%'
      OR "steps" LIKE '%**Access to the service.**%' OR "steps" LIKE '%**Integration.**%' THEN 'en'
    WHEN "steps" LIKE '%**Scope for samtykke-API-et.**%' OR "steps" LIKE '%**Tilgang til tenesta.**%'
      OR "steps" LIKE '%**Integrasjon.** Opprett samtykkeførespurnader%' OR "steps" LIKE '%Verksemda di%' THEN 'nn'
    ELSE 'nb'
  END::"DocumentationLanguage"
$$;

-- DropIndex
DROP INDEX "ResourceDocumentation_resourceId_key";

-- AlterTable
ALTER TABLE "ResourceDocumentation" ADD COLUMN "language" "DocumentationLanguage" NOT NULL DEFAULT 'nb';
UPDATE "ResourceDocumentation" SET "language" = "documentation_written_language"("steps");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceDocumentation_resourceId_language_key" ON "ResourceDocumentation"("resourceId", "language");
