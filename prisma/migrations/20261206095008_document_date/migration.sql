-- CreateTable
CREATE TABLE "DocumentDate" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "setById" TEXT,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentDate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentDate_blocYearId_idx" ON "DocumentDate"("blocYearId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentDate_kind_subjectId_key" ON "DocumentDate"("kind", "subjectId");

-- AddForeignKey
ALTER TABLE "DocumentDate" ADD CONSTRAINT "DocumentDate_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDate" ADD CONSTRAINT "DocumentDate_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
