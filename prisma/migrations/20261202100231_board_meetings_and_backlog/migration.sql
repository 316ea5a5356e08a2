-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AgendaItemStatus" ADD VALUE 'DEFERRED';
ALTER TYPE "AgendaItemStatus" ADD VALUE 'DECLINED';

-- DropIndex
DROP INDEX "BoardMembership_boardId_personId_role_key";

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "carriedOver" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "respondedById" TEXT,
ADD COLUMN     "response" TEXT;

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "quorumPercent" INTEGER NOT NULL DEFAULT 50;

-- AlterTable
ALTER TABLE "BoardMembership" ADD COLUMN     "deputyId" TEXT,
ADD COLUMN     "endedReason" TEXT,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "listedPublicly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recordedById" TEXT;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "draftActionId" TEXT,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recordedById" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "cancelledReason" TEXT,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isOnline" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "BoardMembership_boardId_endsOn_idx" ON "BoardMembership"("boardId", "endsOn");

-- CreateIndex
CREATE INDEX "Decision_draftActionId_idx" ON "Decision"("draftActionId");

-- AddForeignKey
ALTER TABLE "BoardMembership" ADD CONSTRAINT "BoardMembership_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "BoardMembership"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Every membership stored so far is a chair named by a public source (the seed): keep naming them.
UPDATE "BoardMembership" SET "listedPublicly" = true;
