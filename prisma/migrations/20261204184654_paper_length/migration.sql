-- AlterTable
ALTER TABLE "AgendaPaper" ADD COLUMN     "pages" INTEGER,
ADD COLUMN     "words" INTEGER;

