-- The reviewer's "review finished" on a sheet (lib/scoring/review-finish.ts).
ALTER TABLE "ScoreSheet" ADD COLUMN "reviewFinishedAt" TIMESTAMP(3),
ADD COLUMN "reviewFinishedBy" TEXT;

-- The signing conference where the units' registrations were announced (lib/conferences/announce.ts).
ALTER TABLE "Conference" ADD COLUMN "registrationsAnnouncedAt" TIMESTAMP(3);

-- Evidence attached to a unit's answer to review: a real foreign key to the answer, so the files
-- go with it, as a leaf's evidence goes with its sheet.
ALTER TABLE "Attachment" ADD COLUMN "explanationId" TEXT;

ALTER TABLE "Attachment" DROP CONSTRAINT "Attachment_owner";
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_owner" CHECK (
  CASE WHEN "ownerType" = 'evidence'
       THEN "ownerId" IS NULL AND "sheetId" IS NOT NULL AND "nodeId" IS NOT NULL AND "explanationId" IS NULL
       WHEN "ownerType" = 'explanation'
       THEN "ownerId" IS NULL AND "sheetId" IS NULL AND "nodeId" IS NULL AND "explanationId" IS NOT NULL
       ELSE "ownerId" IS NOT NULL AND "sheetId" IS NULL AND "nodeId" IS NULL AND "explanationId" IS NULL
  END);

-- CreateIndex
CREATE INDEX "Attachment_explanationId_idx" ON "Attachment"("explanationId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_explanationId_fkey" FOREIGN KEY ("explanationId") REFERENCES "ScoreExplanation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
