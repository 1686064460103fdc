-- AlterTable
ALTER TABLE "MaskinportenClient" ADD COLUMN     "waitsForConsentScopes" BOOLEAN NOT NULL DEFAULT false;
