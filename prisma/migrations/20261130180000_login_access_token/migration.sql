-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "loginAccessToken" TEXT,
ADD COLUMN     "loginAccessTokenExpiresAt" TIMESTAMP(3);
