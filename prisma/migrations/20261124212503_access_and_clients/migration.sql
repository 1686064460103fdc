-- CreateEnum
CREATE TYPE "AccessRequestStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'DENIED', 'PROVISIONING', 'ACTIVE', 'FAILED', 'REVOKED');

-- CreateEnum
CREATE TYPE "DelegationRequestStatus" AS ENUM ('PENDING', 'GRANTED', 'REFUSED');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "notificationsSeenAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AccessList" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "identifier" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "etag" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessListMember" (
    "id" UUID NOT NULL,
    "accessListId" UUID NOT NULL,
    "orgNumber" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessListMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessListResourceLink" (
    "id" UUID NOT NULL,
    "accessListId" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "actionFilters" TEXT[] DEFAULT ARRAY['requestconsent']::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessListResourceLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" UUID NOT NULL,
    "consumerOrganisationId" UUID NOT NULL,
    "ownerOrganisationId" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "AccessRequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "openKey" TEXT,
    "decisionReason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRequestEvent" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "status" "AccessRequestStatus" NOT NULL,
    "note" TEXT,
    "actorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessRequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRequestGrant" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "upstreamChangeId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "operation" TEXT NOT NULL DEFAULT 'grant',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessRequestGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaskinportenClient" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "clientId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "scopes" TEXT[],
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MaskinportenClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaskinportenClientKey" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "kid" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "MaskinportenClientKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentScopeRequest" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "status" "DelegationRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentScopeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessList_organisationId_environment_identifier_key" ON "AccessList"("organisationId", "environment", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "AccessListMember_accessListId_orgNumber_key" ON "AccessListMember"("accessListId", "orgNumber");

-- CreateIndex
CREATE UNIQUE INDEX "AccessListResourceLink_accessListId_resourceId_key" ON "AccessListResourceLink"("accessListId", "resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRequest_openKey_key" ON "AccessRequest"("openKey");

-- CreateIndex
CREATE INDEX "AccessRequest_ownerOrganisationId_status_idx" ON "AccessRequest"("ownerOrganisationId", "status");

-- CreateIndex
CREATE INDEX "AccessRequest_consumerOrganisationId_status_idx" ON "AccessRequest"("consumerOrganisationId", "status");

-- CreateIndex
CREATE INDEX "AccessRequestEvent_requestId_createdAt_idx" ON "AccessRequestEvent"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "AccessRequestGrant_requestId_idx" ON "AccessRequestGrant"("requestId");

-- CreateIndex
CREATE INDEX "AccessRequestGrant_upstreamChangeId_idx" ON "AccessRequestGrant"("upstreamChangeId");

-- CreateIndex
CREATE INDEX "Notification_organisationId_createdAt_idx" ON "Notification"("organisationId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "MaskinportenClient_clientId_key" ON "MaskinportenClient"("clientId");

-- CreateIndex
CREATE INDEX "MaskinportenClient_organisationId_environment_idx" ON "MaskinportenClient"("organisationId", "environment");

-- CreateIndex
CREATE UNIQUE INDEX "MaskinportenClientKey_clientId_kid_key" ON "MaskinportenClientKey"("clientId", "kid");

-- CreateIndex
CREATE INDEX "ConsentScopeRequest_status_createdAt_idx" ON "ConsentScopeRequest"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "AccessList" ADD CONSTRAINT "AccessList_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessListMember" ADD CONSTRAINT "AccessListMember_accessListId_fkey" FOREIGN KEY ("accessListId") REFERENCES "AccessList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessListResourceLink" ADD CONSTRAINT "AccessListResourceLink_accessListId_fkey" FOREIGN KEY ("accessListId") REFERENCES "AccessList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessListResourceLink" ADD CONSTRAINT "AccessListResourceLink_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ConsentResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_consumerOrganisationId_fkey" FOREIGN KEY ("consumerOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ConsentResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequestEvent" ADD CONSTRAINT "AccessRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AccessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequestGrant" ADD CONSTRAINT "AccessRequestGrant_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AccessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaskinportenClient" ADD CONSTRAINT "MaskinportenClient_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaskinportenClientKey" ADD CONSTRAINT "MaskinportenClientKey_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "MaskinportenClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentScopeRequest" ADD CONSTRAINT "ConsentScopeRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
