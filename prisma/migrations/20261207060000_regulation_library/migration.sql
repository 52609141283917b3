-- CreateEnum
CREATE TYPE "LibraryKind" AS ENUM ('MEMBERSHIP_DECISION', 'LEADERSHIP_DECISION', 'PLAN', 'GUIDANCE', 'REGULATION', 'REPORT', 'MINUTES', 'OTHER');

-- CreateEnum
CREATE TYPE "RegulationStatus" AS ENUM ('DRAFT', 'ADOPTED', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "LibraryDocument" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "kind" "LibraryKind" NOT NULL,
    "number" TEXT,
    "issuedOn" DATE NOT NULL,
    "issuer" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Regulation" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT,
    "status" "RegulationStatus" NOT NULL DEFAULT 'DRAFT',
    "adoptedOn" DATE,
    "conferenceId" TEXT,
    "decisionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Regulation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LibraryDocument_blocYearId_issuedOn_idx" ON "LibraryDocument"("blocYearId", "issuedOn");

-- CreateIndex
CREATE INDEX "Regulation_blocYearId_status_idx" ON "Regulation"("blocYearId", "status");

-- CreateIndex
CREATE INDEX "Regulation_conferenceId_idx" ON "Regulation"("conferenceId");

-- CreateIndex
CREATE INDEX "Regulation_decisionId_idx" ON "Regulation"("decisionId");

-- AddForeignKey
ALTER TABLE "LibraryDocument" ADD CONSTRAINT "LibraryDocument_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regulation" ADD CONSTRAINT "Regulation_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regulation" ADD CONSTRAINT "Regulation_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regulation" ADD CONSTRAINT "Regulation_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "LibraryDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

