-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "minutesApprovedByMotionId" TEXT;

-- AlterTable
ALTER TABLE "Motion" ADD COLUMN     "minutesOfMeetingId" TEXT;

-- AddForeignKey
ALTER TABLE "Motion" ADD CONSTRAINT "Motion_minutesOfMeetingId_fkey" FOREIGN KEY ("minutesOfMeetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

