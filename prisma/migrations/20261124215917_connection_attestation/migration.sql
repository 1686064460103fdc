-- CreateTable
CREATE TABLE "ConnectionAttestation" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "termsVersion" TEXT NOT NULL,
    "attestedById" UUID NOT NULL,
    "attestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConnectionAttestation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConnectionAttestation_organisationId_environment_key" ON "ConnectionAttestation"("organisationId", "environment");

-- AddForeignKey
ALTER TABLE "ConnectionAttestation" ADD CONSTRAINT "ConnectionAttestation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
