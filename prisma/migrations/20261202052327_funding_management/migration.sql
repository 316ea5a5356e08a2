-- CreateEnum
CREATE TYPE "AllocationStatus" AS ENUM ('INDICATIVE', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "FundingEntryKind" AS ENUM ('COMMITMENT', 'SPEND');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EntityType" ADD VALUE 'FUNDING_ENTRY';
ALTER TYPE "EntityType" ADD VALUE 'FUNDING_RETURN';

-- DropForeignKey
ALTER TABLE "Spend" DROP CONSTRAINT "Spend_actionId_fkey";

-- DropForeignKey
ALTER TABLE "Spend" DROP CONSTRAINT "Spend_allocationId_fkey";

-- AlterTable
ALTER TABLE "Allocation" ADD COLUMN     "actionId" TEXT,
ADD COLUMN     "decision" TEXT,
ADD COLUMN     "endsOn" DATE,
ADD COLUMN     "priorityId" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "recordedById" TEXT,
ADD COLUMN     "returnId" TEXT,
ADD COLUMN     "startsOn" DATE,
ADD COLUMN     "status" "AllocationStatus" NOT NULL DEFAULT 'CONFIRMED',
ADD COLUMN     "withdrawalPublishedAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnReason" TEXT;

-- AlterTable
ALTER TABLE "FundingStream" ADD COLUMN     "totalQualifier" "AmountQualifier" NOT NULL DEFAULT 'EXACT';

-- DropTable
DROP TABLE "Spend";

-- CreateTable
CREATE TABLE "AllocationRevision" (
    "id" TEXT NOT NULL,
    "allocationId" TEXT NOT NULL,
    "amountPence" BIGINT NOT NULL,
    "qualifier" "AmountQualifier" NOT NULL DEFAULT 'EXACT',
    "status" "AllocationStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "returnId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllocationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingEntry" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "allocationId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "kind" "FundingEntryKind" NOT NULL,
    "amountPence" BIGINT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "organisation" TEXT NOT NULL,
    "description" TEXT,
    "evidenceUrl" TEXT,
    "correctsId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "returnId" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "withdrawalPublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FundingEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingReturn" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "asAt" DATE NOT NULL,
    "note" TEXT,
    "signedOffById" TEXT,
    "signedOffAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published" INTEGER NOT NULL,
    "withdrawalsPublished" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "FundingReturn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AllocationRevision_allocationId_createdAt_idx" ON "AllocationRevision"("allocationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FundingEntry_correctsId_key" ON "FundingEntry"("correctsId");

-- CreateIndex
CREATE INDEX "FundingEntry_areaId_kind_idx" ON "FundingEntry"("areaId", "kind");

-- CreateIndex
CREATE INDEX "FundingEntry_allocationId_idx" ON "FundingEntry"("allocationId");

-- CreateIndex
CREATE INDEX "FundingEntry_actionId_idx" ON "FundingEntry"("actionId");

-- CreateIndex
CREATE INDEX "FundingReturn_areaId_signedOffAt_idx" ON "FundingReturn"("areaId", "signedOffAt");

-- CreateIndex
CREATE INDEX "Allocation_actionId_idx" ON "Allocation"("actionId");

-- CreateIndex
CREATE INDEX "Allocation_priorityId_idx" ON "Allocation"("priorityId");

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "FundingReturn"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRevision" ADD CONSTRAINT "AllocationRevision_allocationId_fkey" FOREIGN KEY ("allocationId") REFERENCES "Allocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRevision" ADD CONSTRAINT "AllocationRevision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationRevision" ADD CONSTRAINT "AllocationRevision_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "FundingReturn"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingEntry" ADD CONSTRAINT "FundingEntry_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingEntry" ADD CONSTRAINT "FundingEntry_allocationId_fkey" FOREIGN KEY ("allocationId") REFERENCES "Allocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingEntry" ADD CONSTRAINT "FundingEntry_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingEntry" ADD CONSTRAINT "FundingEntry_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "FundingEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingEntry" ADD CONSTRAINT "FundingEntry_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingEntry" ADD CONSTRAINT "FundingEntry_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "FundingReturn"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingReturn" ADD CONSTRAINT "FundingReturn_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingReturn" ADD CONSTRAINT "FundingReturn_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data (added by hand, ADR 001's one exception: data a schema change needs): allocations
-- already here were seeded from published sources, so they stay public as they were.
UPDATE "Allocation" SET "publishedAt" = "createdAt" WHERE "publishedAt" IS NULL;
