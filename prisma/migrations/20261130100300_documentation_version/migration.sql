-- AlterTable
ALTER TABLE "ResourceDocumentation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
