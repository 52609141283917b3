-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('MID_YEAR', 'YEAR_END');

-- CreateEnum
CREATE TYPE "UnitReportStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateTable
CREATE TABLE "ReportRound" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "summary" TEXT,
    "summaryVersion" INTEGER NOT NULL DEFAULT 1,
    "conferenceId" TEXT,
    "passedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitReport" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "UnitReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "content" TEXT NOT NULL DEFAULT '',
    "headApprovedBy" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportRound_conferenceId_idx" ON "ReportRound"("conferenceId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRound_blocYearId_kind_key" ON "ReportRound"("blocYearId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "UnitReport_roundId_unitId_key" ON "UnitReport"("roundId", "unitId");

-- AddForeignKey
ALTER TABLE "ReportRound" ADD CONSTRAINT "ReportRound_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRound" ADD CONSTRAINT "ReportRound_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitReport" ADD CONSTRAINT "UnitReport_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReportRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitReport" ADD CONSTRAINT "UnitReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
