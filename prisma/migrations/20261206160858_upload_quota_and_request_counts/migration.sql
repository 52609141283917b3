-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "unitId" TEXT;

-- AlterTable
ALTER TABLE "CouncilSettings" ADD COLUMN     "uploadQuotaMb" INTEGER NOT NULL DEFAULT 500;

-- CreateTable
CREATE TABLE "RequestCount" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RequestCount_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RequestCount_windowStart_idx" ON "RequestCount"("windowStart");

-- CreateIndex
CREATE INDEX "Attachment_unitId_idx" ON "Attachment"("unitId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Existing files count against the unit they were for: evidence against its sheet's unit
-- (ownerId "sheetId:nodeId"), conference and activity files against the uploader's unit.
UPDATE "Attachment" a SET "unitId" = s."unitId"
FROM "ScoreSheet" s
WHERE a."ownerType" = 'evidence' AND s."id" = split_part(a."ownerId", ':', 1);

UPDATE "Attachment" a SET "unitId" = u."unitId"
FROM "User" u
WHERE a."unitId" IS NULL AND a."ownerType" <> 'evidence' AND u."id" = a."uploadedById";
