-- CreateTable
CREATE TABLE "VoteDeputy" (
    "motionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoteDeputy_pkey" PRIMARY KEY ("motionId","memberId")
);

-- CreateIndex
CREATE INDEX "VoteDeputy_deputyId_idx" ON "VoteDeputy"("deputyId");

-- AddForeignKey
ALTER TABLE "VoteDeputy" ADD CONSTRAINT "VoteDeputy_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteDeputy" ADD CONSTRAINT "VoteDeputy_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteDeputy" ADD CONSTRAINT "VoteDeputy_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

