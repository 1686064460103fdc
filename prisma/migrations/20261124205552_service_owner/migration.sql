-- CreateEnum
CREATE TYPE "ScopeVisibility" AS ENUM ('PUBLIC', 'PRIVATE');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('PUBLISHED', 'WITHDRAWN', 'DELETED');

-- CreateTable
CREATE TABLE "MaskinportenScope" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "prefix" TEXT NOT NULL,
    "subscope" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "longDescription" TEXT,
    "visibility" "ScopeVisibility" NOT NULL DEFAULT 'PUBLIC',
    "tokenLifetimeSeconds" INTEGER,
    "allowedIntegrationTypes" TEXT[] DEFAULT ARRAY['maskinporten']::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MaskinportenScope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentResource" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "identifier" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsentResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentResourceVersion" (
    "id" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentResourceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentResourcePublication" (
    "id" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "versionId" UUID NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsentResourcePublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceDocumentation" (
    "id" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "steps" TEXT NOT NULL DEFAULT '',
    "requiredAccess" TEXT NOT NULL DEFAULT '',
    "contact" TEXT NOT NULL DEFAULT '',
    "sections" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResourceDocumentation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MaskinportenScope_organisationId_environment_idx" ON "MaskinportenScope"("organisationId", "environment");

-- CreateIndex
CREATE UNIQUE INDEX "MaskinportenScope_environment_prefix_subscope_key" ON "MaskinportenScope"("environment", "prefix", "subscope");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentResource_identifier_key" ON "ConsentResource"("identifier");

-- CreateIndex
CREATE INDEX "ConsentResource_organisationId_idx" ON "ConsentResource"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentResourceVersion_resourceId_version_key" ON "ConsentResourceVersion"("resourceId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentResourcePublication_resourceId_environment_key" ON "ConsentResourcePublication"("resourceId", "environment");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceDocumentation_resourceId_key" ON "ResourceDocumentation"("resourceId");

-- AddForeignKey
ALTER TABLE "MaskinportenScope" ADD CONSTRAINT "MaskinportenScope_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentResource" ADD CONSTRAINT "ConsentResource_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentResourceVersion" ADD CONSTRAINT "ConsentResourceVersion_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ConsentResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentResourcePublication" ADD CONSTRAINT "ConsentResourcePublication_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ConsentResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentResourcePublication" ADD CONSTRAINT "ConsentResourcePublication_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConsentResourceVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceDocumentation" ADD CONSTRAINT "ResourceDocumentation_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ConsentResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
