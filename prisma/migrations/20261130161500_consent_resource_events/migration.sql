-- CreateEnum
CREATE TYPE "ConsentResourceEventKind" AS ENUM ('PUBLISHED', 'STATUS_CHANGED', 'WITHDRAWN', 'DELETED');

-- CreateTable
CREATE TABLE "ConsentResourceEvent" (
    "id" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "environment" "UpstreamEnvironment" NOT NULL,
    "kind" "ConsentResourceEventKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT,
    "actorId" UUID,
    "upstreamChangeId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentResourceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsentResourceEvent_resourceId_createdAt_id_idx" ON "ConsentResourceEvent"("resourceId", "createdAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "ConsentResourceEvent" ADD CONSTRAINT "ConsentResourceEvent_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "ConsentResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
