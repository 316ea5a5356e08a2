-- CreateTable
CREATE TABLE "NamedDeputy" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "motionId" TEXT,
    "meetingId" TEXT,
    "consultationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NamedDeputy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NamedDeputy_deputyId_idx" ON "NamedDeputy"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "NamedDeputy_motionId_memberId_key" ON "NamedDeputy"("motionId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "NamedDeputy_meetingId_memberId_key" ON "NamedDeputy"("meetingId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "NamedDeputy_consultationId_memberId_key" ON "NamedDeputy"("consultationId", "memberId");

-- AddForeignKey
ALTER TABLE "NamedDeputy" ADD CONSTRAINT "NamedDeputy_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedDeputy" ADD CONSTRAINT "NamedDeputy_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedDeputy" ADD CONSTRAINT "NamedDeputy_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedDeputy" ADD CONSTRAINT "NamedDeputy_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedDeputy" ADD CONSTRAINT "NamedDeputy_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

