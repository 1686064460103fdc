-- CreateTable
CREATE TABLE "ConsentFeedCursor" (
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "continuationToken" TEXT,
    "lastReadAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "ConsentFeedCursor_pkey" PRIMARY KEY ("organisationId","environment")
);

-- CreateTable
CREATE TABLE "TrackedConsent" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "requestId" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "resourceIdentifier" TEXT,
    "validTo" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'created',
    "expiryNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackedConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentEvent" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "requestId" UUID NOT NULL,
    "eventType" TEXT NOT NULL,
    "changedDate" TIMESTAMP(3) NOT NULL,
    "eventKey" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentWebhook" (
    "organisationId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsentWebhook_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "ConsentWebhookDelivery" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "eventId" UUID,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "ConsentWebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackedConsent_organisationId_environment_status_idx" ON "TrackedConsent"("organisationId", "environment", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TrackedConsent_organisationId_environment_requestId_key" ON "TrackedConsent"("organisationId", "environment", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentEvent_eventKey_key" ON "ConsentEvent"("eventKey");

-- CreateIndex
CREATE INDEX "ConsentEvent_organisationId_environment_requestId_idx" ON "ConsentEvent"("organisationId", "environment", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentWebhookDelivery_eventId_key" ON "ConsentWebhookDelivery"("eventId");

-- CreateIndex
CREATE INDEX "ConsentWebhookDelivery_organisationId_createdAt_idx" ON "ConsentWebhookDelivery"("organisationId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "ConsentFeedCursor" ADD CONSTRAINT "ConsentFeedCursor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedConsent" ADD CONSTRAINT "TrackedConsent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentEvent" ADD CONSTRAINT "ConsentEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentWebhook" ADD CONSTRAINT "ConsentWebhook_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentWebhookDelivery" ADD CONSTRAINT "ConsentWebhookDelivery_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
