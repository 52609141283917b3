-- CreateTable
CREATE TABLE "SignedCopy" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "signatures" JSONB NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignedCopy_pkey" PRIMARY KEY ("id"),
    -- Only a scan or a verified PDF is kept (lib/signed-copies/verify.ts).
    CONSTRAINT "SignedCopy_verdict" CHECK ("verdict" IN ('SCAN', 'VALID'))
);

-- CreateIndex
CREATE UNIQUE INDEX "SignedCopy_attachmentId_key" ON "SignedCopy"("attachmentId");

-- CreateIndex
CREATE INDEX "SignedCopy_blocYearId_idx" ON "SignedCopy"("blocYearId");

-- CreateIndex
CREATE UNIQUE INDEX "SignedCopy_kind_subjectId_key" ON "SignedCopy"("kind", "subjectId");

-- AddForeignKey
ALTER TABLE "SignedCopy" ADD CONSTRAINT "SignedCopy_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedCopy" ADD CONSTRAINT "SignedCopy_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedCopy" ADD CONSTRAINT "SignedCopy_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
