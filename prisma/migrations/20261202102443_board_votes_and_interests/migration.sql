-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'DECLARATION';

-- AlterTable
ALTER TABLE "DeclarationOfInterest" ADD COLUMN     "endedOn" DATE,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "motionId" TEXT,
ADD COLUMN     "reviewedOn" DATE;

-- AlterTable
ALTER TABLE "Motion" ADD COLUMN     "abstentions" INTEGER,
ADD COLUMN     "carried" BOOLEAN,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedById" TEXT,
ADD COLUMN     "eligibleCount" INTEGER,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isSecret" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "openedById" TEXT,
ADD COLUMN     "quorate" BOOLEAN,
ADD COLUMN     "quorumPercent" INTEGER NOT NULL,
ADD COLUMN     "votesAgainst" INTEGER,
ADD COLUMN     "votesFor" INTEGER;

-- AlterTable
ALTER TABLE "Vote" ADD COLUMN     "changedAt" TIMESTAMP(3),
ADD COLUMN     "reason" TEXT;

-- CreateIndex
CREATE INDEX "DeclarationOfInterest_motionId_idx" ON "DeclarationOfInterest"("motionId");

-- AddForeignKey
ALTER TABLE "DeclarationOfInterest" ADD CONSTRAINT "DeclarationOfInterest_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

