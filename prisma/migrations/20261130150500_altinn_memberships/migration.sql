-- CreateEnum
CREATE TYPE "MembershipSource" AS ENUM ('PORTAL', 'ALTINN');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "altinnResources" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "lastLoginAt" TIMESTAMP(3),
ADD COLUMN     "source" "MembershipSource" NOT NULL DEFAULT 'PORTAL';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastAuthorization" JSONB;
