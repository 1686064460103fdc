-- AlterTable
ALTER TABLE "UpstreamChange" ADD COLUMN     "sequence" BIGSERIAL NOT NULL,
ADD COLUMN     "supersededById" UUID;
