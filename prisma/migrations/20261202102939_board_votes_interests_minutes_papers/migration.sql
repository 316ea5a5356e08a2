-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('NONE', 'DRAFT', 'CIRCULATED', 'APPROVED');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EntityType" ADD VALUE 'DECLARATION';
ALTER TYPE "EntityType" ADD VALUE 'AGENDA_PAPER';

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "minutes" TEXT;

-- AlterTable
ALTER TABLE "DeclarationOfInterest" ADD COLUMN     "endedOn" DATE,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "motionId" TEXT,
ADD COLUMN     "reviewedOn" DATE;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "minutesApprovedAt" TIMESTAMP(3),
ADD COLUMN     "minutesApprovedAtMeetingId" TEXT,
ADD COLUMN     "minutesApprovedById" TEXT,
ADD COLUMN     "minutesStatus" "MinutesStatus" NOT NULL DEFAULT 'NONE';

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

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesAmendment" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "proposedById" TEXT NOT NULL,
    "suggestion" TEXT NOT NULL,
    "status" "AmendmentStatus" NOT NULL DEFAULT 'OPEN',
    "response" TEXT,
    "respondedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MinutesAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaPaper" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaPaper_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_membershipId_key" ON "MeetingAttendance"("meetingId", "membershipId");

-- CreateIndex
CREATE INDEX "MinutesAmendment_meetingId_status_idx" ON "MinutesAmendment"("meetingId", "status");

-- CreateIndex
CREATE INDEX "AgendaPaper_agendaItemId_idx" ON "AgendaPaper"("agendaItemId");

-- CreateIndex
CREATE INDEX "DeclarationOfInterest_motionId_idx" ON "DeclarationOfInterest"("motionId");

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "BoardMembership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesAmendment" ADD CONSTRAINT "MinutesAmendment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesAmendment" ADD CONSTRAINT "MinutesAmendment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaPaper" ADD CONSTRAINT "AgendaPaper_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationOfInterest" ADD CONSTRAINT "DeclarationOfInterest_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

