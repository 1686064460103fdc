-- CreateEnum
CREATE TYPE "ObjectOrigin" AS ENUM ('PORTAL', 'ADOPTED');

-- AlterTable
ALTER TABLE "MaskinportenScope" ADD COLUMN     "adoptedAt" TIMESTAMP(3),
ADD COLUMN     "origin" "ObjectOrigin" NOT NULL DEFAULT 'PORTAL';

-- AlterTable
ALTER TABLE "ConsentResource" ADD COLUMN     "adoptedAt" TIMESTAMP(3),
ADD COLUMN     "origin" "ObjectOrigin" NOT NULL DEFAULT 'PORTAL';

-- AlterTable
ALTER TABLE "AccessList" ADD COLUMN     "adoptedAt" TIMESTAMP(3),
ADD COLUMN     "origin" "ObjectOrigin" NOT NULL DEFAULT 'PORTAL';

-- AlterTable
ALTER TABLE "MaskinportenClient" ADD COLUMN     "adoptedAt" TIMESTAMP(3),
ADD COLUMN     "origin" "ObjectOrigin" NOT NULL DEFAULT 'PORTAL';
