-- Evidence files named their owner as the string "sheetId:nodeId" in "ownerId": nothing kept it
-- pointing at a sheet and a leaf that exist. They now have real columns with foreign keys; "ownerId"
-- stays for conferences and activities and is null for evidence.

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "nodeId" TEXT,
ADD COLUMN     "sheetId" TEXT,
ALTER COLUMN "ownerId" DROP NOT NULL;

-- Backfill from the strings (ids never contain ':').
UPDATE "Attachment"
   SET "sheetId" = split_part("ownerId", ':', 1), "nodeId" = split_part("ownerId", ':', 2), "ownerId" = NULL
 WHERE "ownerType" = 'evidence';

-- Evidence whose sheet or leaf no longer exists (a leaf deleted after a reopen) was shown nowhere;
-- its row goes, as the leaf's scores went with the leaf, and the hourly sweep removes its file
-- (lib/attachments/orphans.ts).
DELETE FROM "Attachment" a
 WHERE a."ownerType" = 'evidence'
   AND (NOT EXISTS (SELECT 1 FROM "ScoreSheet" s WHERE s."id" = a."sheetId")
        OR NOT EXISTS (SELECT 1 FROM "CriterionNode" n WHERE n."id" = a."nodeId"));

-- An evidence row has a sheet and a leaf and no other owner; any other row has its owner's id only.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_owner" CHECK (
  CASE WHEN "ownerType" = 'evidence'
       THEN "ownerId" IS NULL AND "sheetId" IS NOT NULL AND "nodeId" IS NOT NULL
       ELSE "ownerId" IS NOT NULL AND "sheetId" IS NULL AND "nodeId" IS NULL
  END);

-- CreateIndex
CREATE INDEX "Attachment_sheetId_nodeId_idx" ON "Attachment"("sheetId", "nodeId");

-- CreateIndex
CREATE INDEX "Attachment_nodeId_idx" ON "Attachment"("nodeId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "CriterionNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
