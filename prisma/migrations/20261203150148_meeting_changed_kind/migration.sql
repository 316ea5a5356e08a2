-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'MEETING_CHANGED';

