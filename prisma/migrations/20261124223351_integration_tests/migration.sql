-- CreateTable
CREATE TABLE "IntegrationTest" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "resourceIdentifier" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "viewUri" TEXT,
    "consentStatus" TEXT,
    "tokenObtainedAt" TIMESTAMP(3),
    "tokenClaims" JSONB,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrationTest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IntegrationTest_organisationId_environment_createdAt_idx" ON "IntegrationTest"("organisationId", "environment", "createdAt");

-- AddForeignKey
ALTER TABLE "IntegrationTest" ADD CONSTRAINT "IntegrationTest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
