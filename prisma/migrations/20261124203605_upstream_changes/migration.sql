-- CreateEnum
CREATE TYPE "UpstreamEnvironment" AS ENUM ('TEST', 'PROD');

-- CreateEnum
CREATE TYPE "SyncStatus" AS ENUM ('PENDING', 'SYNCED', 'FAILED');

-- CreateTable
CREATE TABLE "UpstreamChange" (
    "id" UUID NOT NULL,
    "organisationId" UUID,
    "environment" "UpstreamEnvironment" NOT NULL,
    "kind" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "SyncStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "UpstreamChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UpstreamChange_targetType_targetId_createdAt_idx" ON "UpstreamChange"("targetType", "targetId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "UpstreamChange_status_updatedAt_idx" ON "UpstreamChange"("status", "updatedAt" DESC);

-- AddForeignKey
ALTER TABLE "UpstreamChange" ADD CONSTRAINT "UpstreamChange_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
