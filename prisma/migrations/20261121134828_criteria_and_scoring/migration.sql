-- CreateEnum
CREATE TYPE "CriteriaSetStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "CriterionKind" AS ENUM ('STANDARD', 'BONUS', 'DEDUCTION', 'GATE');

-- CreateEnum
CREATE TYPE "SheetStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ScoreLayer" AS ENUM ('SELF', 'REVIEWED', 'APPRAISED');

-- CreateTable
CREATE TABLE "CriteriaSet" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT,
    "name" TEXT NOT NULL,
    "status" "CriteriaSetStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "reopenedAt" TIMESTAMP(3),
    "reopenReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriteriaSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionNode" (
    "id" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "parentId" TEXT,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT,
    "kind" "CriterionKind",
    "maxHundredths" INTEGER,
    "evidenceRequired" BOOLEAN NOT NULL DEFAULT false,
    "changedAfterScoring" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CriterionNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringRound" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoringRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundExtension" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "SheetStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewerUnitId" TEXT,
    "headApprovedBy" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "returnedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "lockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreEntry" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "layer" "ScoreLayer" NOT NULL,
    "hundredths" INTEGER,
    "passed" BOOLEAN,
    "note" TEXT,
    "byUserId" TEXT,
    "byName" TEXT,
    "byUnitId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaSet_blocYearId_key" ON "CriteriaSet"("blocYearId");

-- CreateIndex
CREATE INDEX "CriterionNode_setId_parentId_position_idx" ON "CriterionNode"("setId", "parentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionNode_setId_code_key" ON "CriterionNode"("setId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringRound_blocYearId_key" ON "ScoringRound"("blocYearId");

-- CreateIndex
CREATE INDEX "RoundExtension_roundId_idx" ON "RoundExtension"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_blocYearId_unitId_key" ON "ScoreSheet"("blocYearId", "unitId");

-- CreateIndex
CREATE INDEX "ScoreEntry_nodeId_idx" ON "ScoreEntry"("nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreEntry_sheetId_nodeId_layer_key" ON "ScoreEntry"("sheetId", "nodeId", "layer");

-- AddForeignKey
ALTER TABLE "CriteriaSet" ADD CONSTRAINT "CriteriaSet_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionNode" ADD CONSTRAINT "CriterionNode_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionNode" ADD CONSTRAINT "CriterionNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "CriterionNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringRound" ADD CONSTRAINT "ScoringRound_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundExtension" ADD CONSTRAINT "RoundExtension_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ScoringRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundExtension" ADD CONSTRAINT "RoundExtension_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_reviewerUnitId_fkey" FOREIGN KEY ("reviewerUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "CriterionNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
