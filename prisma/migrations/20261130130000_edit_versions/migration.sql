-- AlterTable
ALTER TABLE "AccessList" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "MaskinportenClient" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "MaskinportenScope" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
