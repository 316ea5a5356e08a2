-- CreateTable
CREATE TABLE "OriginCorrection" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "kind" "EntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "fromOrigin" "Origin" NOT NULL,
    "toOrigin" "Origin" NOT NULL,
    "reason" TEXT NOT NULL,
    "correctedById" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OriginCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OriginCorrection_areaId_at_idx" ON "OriginCorrection"("areaId", "at");

-- AddForeignKey
ALTER TABLE "OriginCorrection" ADD CONSTRAINT "OriginCorrection_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OriginCorrection" ADD CONSTRAINT "OriginCorrection_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

